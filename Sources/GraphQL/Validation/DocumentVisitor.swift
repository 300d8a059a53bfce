/// Receives the nodes of a document in graphql-js visiting order,
/// entering a node before its children and leaving it after them.
///
/// Every method has an empty default, so a visitor implements only what it uses.
protocol DocumentVisitor: AnyObject {
    func enterDocument(_ node: Document)
    func leaveDocument(_ node: Document)
    func enterOperation(_ node: OperationDefinition)
    func leaveOperation(_ node: OperationDefinition)
    func enterFragment(_ node: FragmentDefinition)
    func leaveFragment(_ node: FragmentDefinition)
    func enterVariableDefinition(_ node: VariableDefinition)
    func leaveVariableDefinition(_ node: VariableDefinition)
    func enterSelectionSet(_ node: SelectionSet)
    func leaveSelectionSet(_ node: SelectionSet)
    func enterField(_ node: Field)
    func leaveField(_ node: Field)
    func enterFragmentSpread(_ node: FragmentSpread)
    func enterInlineFragment(_ node: InlineFragment)
    func leaveInlineFragment(_ node: InlineFragment)
    /// A directive and the location it is applied at.
    func enterDirective(_ node: Directive, at location: DirectiveLocation)
    func leaveDirective(_ node: Directive, at location: DirectiveLocation)
    func enterArgument(_ node: Argument)
    func leaveArgument(_ node: Argument)
    func enterValue(_ node: Value)
    func leaveValue(_ node: Value)
    func enterObjectField(_ node: ObjectField)
    func leaveObjectField(_ node: ObjectField)
    /// A named type: in a variable's type, a fragment's type condition, or a type system
    /// definition (`inTypeSystem`).
    func enterNamedType(_ node: Name, inTypeSystem: Bool)
    /// A schema, type or directive definition or extension, before its parts.
    func enterTypeSystemDefinition(_ node: Definition)
    func enterFieldDefinition(_ node: FieldDefinition)
    func enterInputValueDefinition(_ node: InputValueDefinition)
    func enterEnumValueDefinition(_ node: EnumValueDefinition)

    /// Set once the walk should stop early.
    var isDone: Bool { get }
}

extension DocumentVisitor {
    func enterDocument(_ node: Document) {}
    func leaveDocument(_ node: Document) {}
    func enterOperation(_ node: OperationDefinition) {}
    func leaveOperation(_ node: OperationDefinition) {}
    func enterFragment(_ node: FragmentDefinition) {}
    func leaveFragment(_ node: FragmentDefinition) {}
    func enterVariableDefinition(_ node: VariableDefinition) {}
    func leaveVariableDefinition(_ node: VariableDefinition) {}
    func enterSelectionSet(_ node: SelectionSet) {}
    func leaveSelectionSet(_ node: SelectionSet) {}
    func enterField(_ node: Field) {}
    func leaveField(_ node: Field) {}
    func enterFragmentSpread(_ node: FragmentSpread) {}
    func enterInlineFragment(_ node: InlineFragment) {}
    func leaveInlineFragment(_ node: InlineFragment) {}
    func enterDirective(_ node: Directive, at location: DirectiveLocation) {}
    func leaveDirective(_ node: Directive, at location: DirectiveLocation) {}
    func enterArgument(_ node: Argument) {}
    func leaveArgument(_ node: Argument) {}
    func enterValue(_ node: Value) {}
    func leaveValue(_ node: Value) {}
    func enterObjectField(_ node: ObjectField) {}
    func leaveObjectField(_ node: ObjectField) {}
    func enterNamedType(_ node: Name, inTypeSystem: Bool) {}
    func enterTypeSystemDefinition(_ node: Definition) {}
    func enterFieldDefinition(_ node: FieldDefinition) {}
    func enterInputValueDefinition(_ node: InputValueDefinition) {}
    func enterEnumValueDefinition(_ node: EnumValueDefinition) {}
    var isDone: Bool { false }
}
