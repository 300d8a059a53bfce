/// No two types share a name (spec 3.4 Types).
final class UniqueTypeNamesRule: ValidationRule {
    private let context: ValidationContext
    private var known: [String: Name] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterTypeSystemDefinition(_ node: Definition) {
        guard case .type(let type) = node else { return }
        let name = type.name
        if context.existingType(named: name.value) != nil {
            context.report(
                "Type \"\(name.value)\" already exists in the schema. It cannot also be defined in this type definition.",
                at: name.location)
        } else if let first = known[name.value] {
            context.report(
                "There can be only one type named \"\(name.value)\".",
                at: first.location, name.location)
        } else {
            known[name.value] = name
        }
    }
}
