import GraphQL

/// Lists every node as `Kind start end` in graphql-js visiting order, so node
/// ranges can be compared with graphql-js's `loc` on ASCII documents.
struct ASTDump {
    private(set) var lines: [String] = []

    init(_ document: Document) {
        add("Document", document.location)
        for definition in document.definitions { definitionNode(definition) }
    }

    private mutating func add(_ kind: String, _ range: SourceRange?) {
        lines.append("\(kind) \(range?.start ?? -1) \(range?.end ?? -1)")
    }

    private mutating func name(_ name: Name?) {
        if let name { add("Name", name.location) }
    }

    private mutating func namedType(_ name: Name?) {
        if let name {
            add("NamedType", name.location)
            add("Name", name.location)
        }
    }

    private mutating func description(_ node: StringValue?) {
        if let node { add("StringValue", node.location) }
    }

    private mutating func definitionNode(_ definition: Definition) {
        switch definition {
        case .operation(let node):
            add("OperationDefinition", node.location)
            name(node.name)
            for variable in node.variableDefinitions {
                add("VariableDefinition", variable.location)
                add("Variable", variable.variable.location)
                name(variable.variable.name)
                type(variable.type)
                if let value = variable.defaultValue { self.value(value) }
                directives(variable.directives)
            }
            directives(node.directives)
            selectionSet(node.selectionSet)
        case .fragment(let node):
            add("FragmentDefinition", node.location)
            name(node.name)
            namedType(node.typeCondition)
            directives(node.directives)
            selectionSet(node.selectionSet)
        case .schema(let node), .schemaExtension(let node):
            add(
                definition.isSchemaExtension ? "SchemaExtension" : "SchemaDefinition", node.location
            )
            description(node.description)
            directives(node.directives)
            for operationType in node.operationTypes {
                add("OperationTypeDefinition", operationType.location)
                namedType(operationType.type)
            }
        case .type(let node): typeDefinition(node, suffix: "Definition")
        case .typeExtension(let node): typeDefinition(node, suffix: "Extension")
        case .directive(let node):
            add("DirectiveDefinition", node.location)
            description(node.description)
            name(node.name)
            inputValues(node.arguments)
            for location in node.locations { name(location) }
        }
    }

    private mutating func typeDefinition(_ node: TypeDefinition, suffix: String) {
        switch node {
        case .scalar(let scalar):
            add("ScalarType" + suffix, scalar.location)
            description(scalar.description)
            name(scalar.name)
            directives(scalar.directives)
        case .object(let object):
            add("ObjectType" + suffix, object.location)
            description(object.description)
            name(object.name)
            for interface in object.interfaces { namedType(interface) }
            directives(object.directives)
            fields(object.fields)
        case .interface(let interface):
            add("InterfaceType" + suffix, interface.location)
            description(interface.description)
            name(interface.name)
            for implemented in interface.interfaces { namedType(implemented) }
            directives(interface.directives)
            fields(interface.fields)
        case .union(let union):
            add("UnionType" + suffix, union.location)
            description(union.description)
            name(union.name)
            directives(union.directives)
            for member in union.types { namedType(member) }
        case .enumType(let enumType):
            add("EnumType" + suffix, enumType.location)
            description(enumType.description)
            name(enumType.name)
            directives(enumType.directives)
            for value in enumType.values {
                add("EnumValueDefinition", value.location)
                description(value.description)
                name(value.name)
                directives(value.directives)
            }
        case .inputObject(let input):
            add("InputObjectType" + suffix, input.location)
            description(input.description)
            name(input.name)
            directives(input.directives)
            inputValues(input.fields)
        }
    }

    private mutating func fields(_ nodes: [FieldDefinition]) {
        for field in nodes {
            add("FieldDefinition", field.location)
            description(field.description)
            name(field.name)
            inputValues(field.arguments)
            type(field.type)
            directives(field.directives)
        }
    }

    private mutating func inputValues(_ nodes: [InputValueDefinition]) {
        for input in nodes {
            add("InputValueDefinition", input.location)
            description(input.description)
            name(input.name)
            type(input.type)
            if let value = input.defaultValue { self.value(value) }
            directives(input.directives)
        }
    }

    private mutating func selectionSet(_ node: SelectionSet?) {
        guard let node else { return }
        add("SelectionSet", node.location)
        for selection in node.selections {
            switch selection {
            case .field(let field):
                add("Field", field.location)
                name(field.alias)
                name(field.name)
                arguments(field.arguments)
                directives(field.directives)
                selectionSet(field.selectionSet)
            case .fragmentSpread(let spread):
                add("FragmentSpread", spread.location)
                name(spread.name)
                directives(spread.directives)
            case .inlineFragment(let fragment):
                add("InlineFragment", fragment.location)
                namedType(fragment.typeCondition)
                directives(fragment.directives)
                selectionSet(fragment.selectionSet)
            }
        }
    }

    private mutating func arguments(_ nodes: [Argument]) {
        for argument in nodes {
            add("Argument", argument.location)
            name(argument.name)
            value(argument.value)
        }
    }

    private mutating func directives(_ nodes: [Directive]) {
        for directive in nodes {
            add("Directive", directive.location)
            name(directive.name)
            arguments(directive.arguments)
        }
    }

    private mutating func type(_ node: TypeReference) {
        switch node {
        case .named(let name): namedType(name)
        case .list(let inner, let location):
            add("ListType", location)
            type(inner)
        case .nonNull(let inner, let location):
            add("NonNullType", location)
            type(inner)
        }
    }

    private mutating func value(_ node: Value) {
        switch node.kind {
        case .variable(let variable):
            add("Variable", node.location)
            name(variable.name)
        case .int: add("IntValue", node.location)
        case .float: add("FloatValue", node.location)
        case .string: add("StringValue", node.location)
        case .boolean: add("BooleanValue", node.location)
        case .null: add("NullValue", node.location)
        case .enumValue: add("EnumValue", node.location)
        case .list(let values):
            add("ListValue", node.location)
            for item in values { value(item) }
        case .object(let fields):
            add("ObjectValue", node.location)
            for field in fields {
                add("ObjectField", field.location)
                name(field.name)
                value(field.value)
            }
        }
    }
}

extension Definition {
    fileprivate var isSchemaExtension: Bool {
        if case .schemaExtension = self { return true }
        return false
    }
}
