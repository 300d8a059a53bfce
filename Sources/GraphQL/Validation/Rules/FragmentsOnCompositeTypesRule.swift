/// Fragments condition on objects, interfaces or unions
/// (spec 5.5.1.3 Fragments On Composite Types).
final class FragmentsOnCompositeTypesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterInlineFragment(_ node: InlineFragment) {
        guard let condition = node.typeCondition, isNonComposite(condition) else { return }
        context.report(
            "Fragment cannot condition on non composite type \"\(condition.value)\".",
            at: condition.location)
    }

    func enterFragment(_ node: FragmentDefinition) {
        guard isNonComposite(node.typeCondition) else { return }
        context.report(
            "Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(node.typeCondition.value)\".",
            at: node.typeCondition.location)
    }

    private func isNonComposite(_ condition: Name) -> Bool {
        guard let type = context.type(named: condition.value) else { return false }
        return !type.isCompositeType
    }
}
