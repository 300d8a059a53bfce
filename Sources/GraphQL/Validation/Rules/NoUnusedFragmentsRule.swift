/// Every fragment is used by some operation (spec 5.5.1.4 Fragments Must Be Used).
final class NoUnusedFragmentsRule: ValidationRule {
    private let context: ValidationContext
    private var operations: [OperationDefinition] = []
    private var fragments: [FragmentDefinition] = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) { operations.append(node) }

    func enterFragment(_ node: FragmentDefinition) { fragments.append(node) }

    func leaveDocument(_ node: Document) {
        var used: Set<String>
        if let walked = context.usedFragmentNames {
            used = walked
        } else {
            used = []
            for operation in operations {
                used.formUnion(context.referencedFragmentNames(of: operation))
            }
        }
        for fragment in fragments where !used.contains(fragment.name.value) {
            context.report(
                "Fragment \"\(fragment.name.value)\" is never used.", at: fragment.location)
        }
    }
}
