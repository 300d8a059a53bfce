/// No two fragments share a name (spec 5.5.1.1 Fragment Name Uniqueness).
final class UniqueFragmentNamesRule: ValidationRule {
    private let context: ValidationContext
    private var known: [String: Name] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterFragment(_ node: FragmentDefinition) {
        let name = node.name
        if let first = known[name.value] {
            context.report(
                "There can be only one fragment named \"\(name.value)\".",
                at: first.location, name.location)
        } else {
            known[name.value] = name
        }
    }
}
