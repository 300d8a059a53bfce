/// Tracks the schema types in scope while a document is walked (graphql-js `TypeInfo`).
///
/// The walker updates it before a visitor enters a node and after the visitor
/// leaves it, so visitors see the types of the node they are on.
final class TypeInfo {
    let schema: Schema
    // Only the walk touches these, one access at a time: no runtime exclusivity checks.
    @exclusivity(unchecked) private var typeStack: [GraphQLType?] = []
    /// The schema type each entry of `typeStack` names, resolved once when pushed.
    @exclusivity(unchecked) private var namedTypeStack: [NamedType?] = []
    @exclusivity(unchecked) private var parentTypeStack: [NamedType?] = []
    /// The fields of each entry of `parentTypeStack`, resolved once per schema.
    @exclusivity(unchecked) private var parentFieldsStack: [[String: ResolvedField]?] = []
    @exclusivity(unchecked) private var inputTypeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var fieldStack: [OutputField?] = []
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

    private func pushType(_ type: GraphQLType?, named: NamedType?) {
        typeStack.append(type)
        namedTypeStack.append(named)
    }

    /// The output type of the current field or fragment.
    var type: GraphQLType? { typeStack.last ?? nil }
    /// The named type `type` ends in (what `namedType(type)` returns, without a lookup).
    var namedOutputType: NamedType? { namedTypeStack.last ?? nil }
    /// The composite type whose selection set is being walked.
    var parentType: NamedType? { parentTypeStack.last ?? nil }
    /// The expected type of the current value.
    var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// The expected type of the value containing the current one.
    var parentInputType: GraphQLType? {
        inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    var fieldDefinition: OutputField? { fieldStack.last ?? nil }
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
        if let root = schema.rootType(for: node.operation) {
            let named = self[root.name]
            pushType(named.map { _ in .named(root.name) }, named: named)
        } else {
            pushType(nil, named: nil)
        }
    }

    func leaveTypedNode() {
        typeStack.removeLast()
        namedTypeStack.removeLast()
    }

    func enterFragment(typeCondition: Name?) {
        let named = typeCondition.map { self[$0.value] } ?? namedOutputType
        if let named, named.isOutputType {
            pushType(.named(named.name), named: named)
        } else {
            pushType(nil, named: nil)
        }
    }

    func enterSelectionSet() {
        if let named = namedOutputType, named.isCompositeType {
            parentTypeStack.append(named)
            parentFieldsStack.append(facts.fieldsByType[named.name])
        } else {
            parentTypeStack.append(nil)
            parentFieldsStack.append(nil)
        }
    }

    func leaveSelectionSet() {
        parentTypeStack.removeLast()
        parentFieldsStack.removeLast()
    }

    func enterField(_ node: Field) {
        var field: OutputField?
        var named: NamedType?
        if let parentType {
            let name = node.name.value
            if !name.utf8.starts(with: "__".utf8),
                let resolved = parentFieldsStack[parentFieldsStack.count - 1]?[name]
            {
                field = resolved.definition
                named = resolved.namedType
            } else if let definition = fieldDefinition(named: name, on: parentType) {
                field = definition
                named = self[definition.type.namedType]
            }
        }
        fieldStack.append(field)
        if let field, let named, named.isOutputType {
            pushType(field.type, named: named)
        } else {
            pushType(nil, named: nil)
        }
    }

    func leaveField() {
        fieldStack.removeLast()
        leaveTypedNode()
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
