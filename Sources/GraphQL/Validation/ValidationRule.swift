/// One validation rule of spec section 5: it watches the walk of a document
/// and reports what it finds to the context.
protocol ValidationRule: DocumentVisitor {
    init(context: ValidationContext)
}

/// Forwards each node to every rule in order, as graphql-js's `visitInParallel`
/// does, so errors come out in the same order.
final class RuleDispatcher: DocumentVisitor {
    private let rules: [any ValidationRule]
    private let context: ValidationContext

    init(rules: [any ValidationRule], context: ValidationContext) {
        self.rules = rules
        self.context = context
    }

    var isDone: Bool { context.isAborted }

    @inline(__always)
    private func each(_ body: (any ValidationRule) -> Void) {
        for rule in rules {
            if context.isAborted { return }
            body(rule)
        }
    }

    func enterDocument(_ node: Document) { each { $0.enterDocument(node) } }
    func leaveDocument(_ node: Document) { each { $0.leaveDocument(node) } }
    func enterOperation(_ node: OperationDefinition) { each { $0.enterOperation(node) } }
    func leaveOperation(_ node: OperationDefinition) { each { $0.leaveOperation(node) } }
    func enterFragment(_ node: FragmentDefinition) { each { $0.enterFragment(node) } }
    func leaveFragment(_ node: FragmentDefinition) { each { $0.leaveFragment(node) } }
    func enterVariableDefinition(_ node: VariableDefinition) {
        each { $0.enterVariableDefinition(node) }
    }
    func leaveVariableDefinition(_ node: VariableDefinition) {
        each { $0.leaveVariableDefinition(node) }
    }
    func enterSelectionSet(_ node: SelectionSet) { each { $0.enterSelectionSet(node) } }
    func leaveSelectionSet(_ node: SelectionSet) { each { $0.leaveSelectionSet(node) } }
    func enterField(_ node: Field) { each { $0.enterField(node) } }
    func leaveField(_ node: Field) { each { $0.leaveField(node) } }
    func enterFragmentSpread(_ node: FragmentSpread) { each { $0.enterFragmentSpread(node) } }
    func enterInlineFragment(_ node: InlineFragment) { each { $0.enterInlineFragment(node) } }
    func leaveInlineFragment(_ node: InlineFragment) { each { $0.leaveInlineFragment(node) } }
    func enterDirective(_ node: Directive, at location: DirectiveLocation) {
        each { $0.enterDirective(node, at: location) }
    }
    func leaveDirective(_ node: Directive, at location: DirectiveLocation) {
        each { $0.leaveDirective(node, at: location) }
    }
    func enterArgument(_ node: Argument) { each { $0.enterArgument(node) } }
    func leaveArgument(_ node: Argument) { each { $0.leaveArgument(node) } }
    func enterValue(_ node: Value) { each { $0.enterValue(node) } }
    func leaveValue(_ node: Value) { each { $0.leaveValue(node) } }
    func enterObjectField(_ node: ObjectField) { each { $0.enterObjectField(node) } }
    func leaveObjectField(_ node: ObjectField) { each { $0.leaveObjectField(node) } }
    func enterNamedType(_ node: Name, inTypeSystem: Bool) {
        each { $0.enterNamedType(node, inTypeSystem: inTypeSystem) }
    }
    func enterTypeSystemDefinition(_ node: Definition) {
        each { $0.enterTypeSystemDefinition(node) }
    }
    func enterFieldDefinition(_ node: FieldDefinition) { each { $0.enterFieldDefinition(node) } }
    func enterInputValueDefinition(_ node: InputValueDefinition) {
        each { $0.enterInputValueDefinition(node) }
    }
    func enterEnumValueDefinition(_ node: EnumValueDefinition) {
        each { $0.enterEnumValueDefinition(node) }
    }
}
