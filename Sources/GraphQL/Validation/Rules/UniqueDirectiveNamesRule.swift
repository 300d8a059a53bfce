/// No two directives share a name (spec 3.13 Directives).
final class UniqueDirectiveNamesRule: ValidationRule {
    private let context: ValidationContext
    private var known: [String: Name] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterTypeSystemDefinition(_ node: Definition) {
        guard case .directive(let directive) = node else { return }
        let name = directive.name
        if context.existingSchema?.directivesByName[name.value] != nil {
            context.report(
                "Directive \"@\(name.value)\" already exists in the schema. It cannot be redefined.",
                at: name.location)
        } else if let first = known[name.value] {
            context.report(
                "There can be only one directive named \"@\(name.value)\".",
                at: first.location, name.location)
        } else {
            known[name.value] = name
        }
    }
}
