/// A non-repeatable directive appears at most once per location
/// (spec 5.7.3 Directives Are Unique Per Location).
final class UniqueDirectivesPerLocationRule: ValidationRule {
    private let context: ValidationContext
    /// Whether each known directive may appear only once.
    private var isUnique: [String: Bool] = [:]

    init(context: ValidationContext) {
        self.context = context
        for directive in context.schema.directives {
            isUnique[directive.name] = !directive.isRepeatable
        }
        for case .directive(let definition) in context.document.definitions {
            isUnique[definition.name.value] = !definition.isRepeatable
        }
    }

    func enterOperation(_ node: OperationDefinition) { check(node.directives) }
    func enterFragment(_ node: FragmentDefinition) { check(node.directives) }
    func enterVariableDefinition(_ node: VariableDefinition) { check(node.directives) }
    func enterField(_ node: Field) { check(node.directives) }
    func enterFragmentSpread(_ node: FragmentSpread) { check(node.directives) }
    func enterInlineFragment(_ node: InlineFragment) { check(node.directives) }

    private func check(_ directives: [Directive]) {
        guard directives.count > 1 else { return }
        var seen: [String: Directive] = [:]
        for directive in directives where isUnique[directive.name.value] == true {
            let name = directive.name.value
            if let first = seen[name] {
                context.report(
                    "The directive \"@\(name)\" can only be used once at this location.",
                    at: first.location, directive.location)
            } else {
                seen[name] = directive
            }
        }
    }
}
