/// No two operations share a name (spec 5.2.1.1 Operation Name Uniqueness).
final class UniqueOperationNamesRule: ValidationRule {
    private let context: ValidationContext
    private var known: [String: Name] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) {
        guard let name = node.name else { return }
        if let first = known[name.value] {
            context.report(
                "There can be only one operation named \"\(name.value)\".",
                at: first.location, name.location)
        } else {
            known[name.value] = name
        }
    }
}
