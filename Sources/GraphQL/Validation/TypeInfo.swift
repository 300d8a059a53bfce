/// Tracks the schema types in scope while a document is walked (graphql-js `TypeInfo`).
///
/// The walker updates it before a visitor enters a node and after the visitor
/// leaves it, so visitors see the types of the node they are on.
final class TypeInfo {
    let schema: Schema
    // Only the walk touches these, one access at a time: no runtime exclusivity checks.
    @exclusivity(unchecked) private var outputStack: [OutputFrame] = []
    @exclusivity(unchecked) private var parentStack: [ParentFrame] = []
    @exclusivity(unchecked) private var inputTypeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var defaultValueStack: [Value?] = []

    /// The schema directive of the directive being walked, if it is known.
    private(set) var directive: SchemaDirective?
    /// Whether the walk is inside a directive's arguments, known or not.
    private(set) var isInDirective = false
    /// The definition of the argument being walked.
    private(set) var argument: InputValue?
    private(set) var enumValue: EnumValue?

    /// Built-in scalars missing from the schema's type map: graphql-js has a built-in
    /// scalar only when something refers to it, so validation treats the rest as unknown.
    /// (`String` and `Boolean` are always there: the introspection types use them.)
    /// At most three names, so a linear search is cheaper than hashing.
    let unreferencedScalars: [String]
    private let facts: SchemaFacts

    init(schema: Schema, facts: SchemaFacts) {
        self.schema = schema
        self.facts = facts
        self.unreferencedScalars = facts.unreferencedScalars
    }

    /// The type of a field, fragment or operation being walked.
    private struct OutputFrame {
        /// A field's type; nil for fragments and operations, whose type is `named`.
        var fieldType: GraphQLType?
        /// The schema type the type names; nil when unknown or not an output type.
        var named: NamedType?
        /// The innermost field around, whose arguments an argument may be.
        var field: OutputField?
    }

    /// The composite type of a selection set being walked, with its resolved fields.
    private struct ParentFrame {
        var type: NamedType?
        var fields: [String: ResolvedField]?
    }

    /// The output type of the current field or fragment.
    var type: GraphQLType? {
        guard let top = outputStack.last, let named = top.named else { return nil }
        return top.fieldType ?? .named(named.name)
    }
    /// The named type `type` ends in (what `namedType(type)` returns, without a lookup).
    var namedOutputType: NamedType? { outputStack.last?.named }
    /// The composite type whose selection set is being walked.
    var parentType: NamedType? { parentStack.last?.type }
    /// The expected type of the current value.
    var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// The expected type of the value containing the current one.
    var parentInputType: GraphQLType? {
        inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    var fieldDefinition: OutputField? { outputStack.last?.field }
    /// The default of the argument or input field the current value is for.
    var defaultValue: Value? { defaultValueStack.last ?? nil }

    /// The named type a type reference ends in, if the schema has it.
    func namedType(_ type: GraphQLType?) -> NamedType? {
        type.flatMap { self[$0.namedType] }
    }

    /// The schema type an AST type spells, or nil if its named type is unknown.
    func type(of reference: TypeReference) -> GraphQLType? {
        self[reference.namedType.value] == nil ? nil : GraphQLType(reference)
    }

    // MARK: - Walking

    func enterOperation(_ node: OperationDefinition) {
        let named = schema.rootType(for: node.operation).flatMap { self[$0.name] }
        outputStack.append(OutputFrame(named: named))
    }

    func leaveTypedNode() {
        outputStack.removeLast()
    }

    func enterFragment(typeCondition: Name?) {
        let named = typeCondition.map { self[$0.value] } ?? namedOutputType
        outputStack.append(
            OutputFrame(named: named?.isOutputType == true ? named : nil, field: fieldDefinition))
    }

    func enterSelectionSet() {
        if let named = namedOutputType, named.isCompositeType {
            parentStack.append(ParentFrame(type: named, fields: facts.fieldsByType[named.name]))
        } else {
            parentStack.append(ParentFrame())
        }
    }

    func leaveSelectionSet() {
        parentStack.removeLast()
    }

    func enterField(_ node: Field) {
        var field: OutputField?
        var named: NamedType?
        let top = parentStack.count - 1
        if top >= 0, let parentType = parentStack[top].type {
            let name = node.name.value
            if !name.isReservedName, let resolved = parentStack[top].fields?[name] {
                field = resolved.definition
                named = resolved.namedType
            } else if let definition = fieldDefinition(named: name, on: parentType) {
                field = definition
                named = self[definition.type.namedType]
            }
        }
        if let field, let named, named.isOutputType {
            outputStack.append(OutputFrame(fieldType: field.type, named: named, field: field))
        } else {
            outputStack.append(OutputFrame(field: field))
        }
    }

    func leaveField() {
        outputStack.removeLast()
    }

    func enterVariableDefinition(_ node: VariableDefinition) {
        let inputType = type(of: node.type)
        inputTypeStack.append(isInputType(inputType) ? inputType : nil)
    }

    func leaveVariableDefinition() {
        inputTypeStack.removeLast()
    }

    func enterDirective(_ node: Directive) {
        directive = schema.directivesByName[node.name.value]
        isInDirective = true
    }

    func leaveDirective() {
        directive = nil
        isInDirective = false
    }

    func enterArgument(_ node: Argument) {
        let arguments = directive?.arguments ?? fieldDefinition?.arguments ?? []
        let definition = arguments.first { $0.name == node.name.value }
        argument = definition
        defaultValueStack.append(definition?.defaultValue)
        inputTypeStack.append(isInputType(definition?.type) ? definition?.type : nil)
    }

    func leaveArgument() {
        argument = nil
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    func enterValue(_ node: Value) {
        switch node.kind {
        case .list:
            let listType = inputType?.nullable
            let itemType: GraphQLType? =
                if case .list(let item) = listType { item } else { listType }
            defaultValueStack.append(nil)
            inputTypeStack.append(isInputType(itemType) ? itemType : nil)
        case .enumValue(let name):
            if case .enumType(let enumType) = namedType(inputType) {
                enumValue = enumType.valuesByName[name]
            } else {
                enumValue = nil
            }
        default:
            break
        }
    }

    func leaveValue(_ node: Value) {
        switch node.kind {
        case .list:
            defaultValueStack.removeLast()
            inputTypeStack.removeLast()
        case .enumValue:
            enumValue = nil
        default:
            break
        }
    }

    func enterObjectField(_ node: ObjectField) {
        var field: InputValue?
        if case .inputObject(let objectType) = namedType(inputType) {
            field = objectType.fieldsByName[node.name.value]
        }
        defaultValueStack.append(field?.defaultValue)
        inputTypeStack.append(isInputType(field?.type) ? field?.type : nil)
    }

    func leaveObjectField() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    // MARK: - Lookups

    /// A named type of the schema's type map.
    subscript(name: String) -> NamedType? {
        if !unreferencedScalars.isEmpty && unreferencedScalars.contains(name) { return nil }
        return schema[name]
    }

    /// A field of a composite type, including the introspection meta fields (spec 4.1).
    func fieldDefinition(named name: String, on parentType: NamedType) -> OutputField? {
        switch name {
        case "__schema" where schema.queryType?.name == parentType.name:
            return MetaFields.schema
        case "__type" where schema.queryType?.name == parentType.name:
            return MetaFields.type
        case "__typename" where parentType.isCompositeType:
            return MetaFields.typename
        default:
            return parentType.field(name)
        }
    }

    private func isInputType(_ type: GraphQLType?) -> Bool {
        namedType(type)?.isInputType ?? false
    }

}

/// The implicit fields every query may select (spec 4.1, 4.2).
enum MetaFields {
    static let schema = OutputField(
        name: "__schema", description: "Access the current type schema of this server.",
        type: .nonNull(.named("__Schema")))
    static let type = OutputField(
        name: "__type", description: "Request the type information of a single type.",
        arguments: [InputValue(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type"))
    static let typename = OutputField(
        name: "__typename", description: "The name of the current Object type at runtime.",
        type: .nonNull(.named("String")))
}

extension String {
    /// Whether the name starts with `__`, as introspection names do.
    fileprivate var isReservedName: Bool {
        var bytes = utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "_") && bytes.next() == UInt8(ascii: "_")
    }
}
