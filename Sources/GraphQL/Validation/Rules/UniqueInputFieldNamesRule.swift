/// No field is given twice in an input object value (spec 5.6.3 Input Object Field Uniqueness).
final class UniqueInputFieldNamesRule: ValidationRule {
    private let context: ValidationContext
    /// The names seen in each enclosing object value, innermost last.
    private var knownNames: [[String: Name]] = []

    init(context: ValidationContext) { self.context = context }

    func enterValue(_ node: Value) {
        if case .object = node.kind { knownNames.append([:]) }
    }

    func leaveValue(_ node: Value) {
        if case .object = node.kind { knownNames.removeLast() }
    }

    func enterObjectField(_ node: ObjectField) {
        let name = node.name
        if let first = knownNames[knownNames.count - 1][name.value] {
            context.report(
                "There can be only one input field named \"\(name.value)\".",
                at: first.location, name.location)
        } else {
            knownNames[knownNames.count - 1][name.value] = name
        }
    }
}
