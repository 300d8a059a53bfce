/// Walks a document in graphql-js order, keeping `typeInfo` in step and telling
/// the visitor about each node.
///
/// Type system definitions are walked too, in the order of graphql-js's AST keys,
/// so SDL validation and requests holding SDL report as graphql-js does.
///
/// Generic over the visitor so each use is specialized: no existential calls per node.
struct DocumentWalker<Visitor: DocumentVisitor> {
    let typeInfo: TypeInfo
    let visitor: Visitor

    func walk(_ document: Document) {
        visitor.enterDocument(document)
        let definitions = document.definitions
        for index in definitions.indices {
            if visitor.isDone { return }
            switch definitions[index] {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            case let definition: walkTypeSystem(definition)
            }
        }
        visitor.leaveDocument(document)
    }

    func walk(_ operation: OperationDefinition) {
        typeInfo.enterOperation(operation)
        visitor.enterOperation(operation)
        for variable in operation.variableDefinitions {
            walk(variable)
        }
        walk(operation.directives, at: operation.operation.directiveLocation)
        walk(operation.selectionSet)
        visitor.leaveOperation(operation)
        typeInfo.leaveTypedNode()
    }

    func walk(_ fragment: FragmentDefinition) {
        typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        visitor.enterFragment(fragment)
        visitor.enterNamedType(fragment.typeCondition, inTypeSystem: false)
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        visitor.leaveFragment(fragment)
        typeInfo.leaveTypedNode()
    }

    private func walk(_ variable: VariableDefinition) {
        typeInfo.enterVariableDefinition(variable)
        visitor.enterVariableDefinition(variable)
        visitor.enterNamedType(variable.type.namedType, inTypeSystem: false)
        if let defaultValue = variable.defaultValue {
            walk(defaultValue)
        }
        walk(variable.directives, at: .variableDefinition)
        visitor.leaveVariableDefinition(variable)
        typeInfo.leaveVariableDefinition()
    }

    private func walk(_ selectionSet: SelectionSet) {
        if visitor.isDone { return }
        typeInfo.enterSelectionSet()
        visitor.enterSelectionSet(selectionSet)
        let selections = selectionSet.selections
        for index in selections.indices {
            switch selections[index] {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread):
                visitor.enterFragmentSpread(spread)
                walk(spread.directives, at: .fragmentSpread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        visitor.leaveSelectionSet(selectionSet)
        typeInfo.leaveSelectionSet()
    }

    private func walk(_ field: Field) {
        typeInfo.enterField(field)
        visitor.enterField(field)
        let arguments = field.arguments
        for index in arguments.indices {
            walk(arguments[index])
        }
        if !field.directives.isEmpty {
            walk(field.directives, at: .field)
        }
        if let selectionSet = field.selectionSet {
            walk(selectionSet)
        }
        visitor.leaveField(field)
        typeInfo.leaveField()
    }

    private func walk(_ fragment: InlineFragment) {
        typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        visitor.enterInlineFragment(fragment)
        if let typeCondition = fragment.typeCondition {
            visitor.enterNamedType(typeCondition, inTypeSystem: false)
        }
        walk(fragment.directives, at: .inlineFragment)
        walk(fragment.selectionSet)
        visitor.leaveInlineFragment(fragment)
        typeInfo.leaveTypedNode()
    }

    private func walk(_ directives: [Directive], at location: DirectiveLocation) {
        for index in directives.indices {
            let directive = directives[index]
            typeInfo.enterDirective(directive)
            visitor.enterDirective(directive, at: location)
            let arguments = directive.arguments
            for argumentIndex in arguments.indices {
                walk(arguments[argumentIndex])
            }
            visitor.leaveDirective(directive, at: location)
            typeInfo.leaveDirective()
        }
    }

    // MARK: - Type system definitions

    private func walkTypeSystem(_ definition: Definition) {
        visitor.enterTypeSystemDefinition(definition)
        switch definition {
        case .schema(let schema), .schemaExtension(let schema):
            walk(schema.directives, at: .schema)
            for operationType in schema.operationTypes {
                visitor.enterNamedType(operationType.type, inTypeSystem: true)
            }
        case .directive(let directive):
            for argument in directive.arguments {
                walk(argument, at: .argumentDefinition)
            }
        case .type(let type), .typeExtension(let type):
            walk(type)
        case .operation, .fragment:
            break
        }
    }

    private func walk(_ type: TypeDefinition) {
        switch type {
        case .scalar(let scalar):
            walk(scalar.directives, at: .scalar)
        case .object(let object):
            walkNamedTypes(object.interfaces)
            walk(object.directives, at: .object)
            object.fields.forEach(walk)
        case .interface(let interface):
            walkNamedTypes(interface.interfaces)
            walk(interface.directives, at: .interface)
            interface.fields.forEach(walk)
        case .union(let union):
            walk(union.directives, at: .union)
            walkNamedTypes(union.types)
        case .enumType(let enumType):
            walk(enumType.directives, at: .enumType)
            for value in enumType.values {
                visitor.enterEnumValueDefinition(value)
                walk(value.directives, at: .enumValue)
            }
        case .inputObject(let input):
            walk(input.directives, at: .inputObject)
            for field in input.fields {
                walk(field, at: .inputFieldDefinition)
            }
        }
    }

    private func walk(_ field: FieldDefinition) {
        visitor.enterFieldDefinition(field)
        for argument in field.arguments {
            walk(argument, at: .argumentDefinition)
        }
        visitor.enterNamedType(field.type.namedType, inTypeSystem: true)
        walk(field.directives, at: .fieldDefinition)
    }

    private func walk(_ inputValue: InputValueDefinition, at location: DirectiveLocation) {
        visitor.enterInputValueDefinition(inputValue)
        visitor.enterNamedType(inputValue.type.namedType, inTypeSystem: true)
        if let defaultValue = inputValue.defaultValue {
            walk(defaultValue)
        }
        walk(inputValue.directives, at: location)
    }

    private func walkNamedTypes(_ names: [Name]) {
        for name in names {
            visitor.enterNamedType(name, inTypeSystem: true)
        }
    }

    // MARK: - Arguments and values

    private func walk(_ argument: Argument) {
        typeInfo.enterArgument(argument)
        visitor.enterArgument(argument)
        walk(argument.value)
        visitor.leaveArgument(argument)
        typeInfo.leaveArgument()
    }

    private func walk(_ value: Value) {
        typeInfo.enterValue(value)
        visitor.enterValue(value)
        switch value.kind {
        case .list(let items):
            for item in items {
                walk(item)
            }
        case .object(let fields):
            for field in fields {
                typeInfo.enterObjectField(field)
                visitor.enterObjectField(field)
                walk(field.value)
                visitor.leaveObjectField(field)
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
        visitor.leaveValue(value)
        typeInfo.leaveValue(value)
    }
}

extension OperationType {
    /// The directive location of an operation of this type.
    var directiveLocation: DirectiveLocation {
        switch self {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
    }
}
