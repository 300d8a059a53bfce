/// Directives are defined and used where they may appear
/// (spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations).
final class KnownDirectivesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterDirective(_ node: Directive, at location: DirectiveLocation) {
        let name = node.name.value
        guard let allowed = context.directiveFacts[name]?.locations else {
            context.report("Unknown directive \"@\(name)\".", at: node.location)
            return
        }
        if !allowed.contains(location.rawValue) {
            context.report(
                "Directive \"@\(name)\" may not be used on \(location.rawValue).", at: node.location
            )
        }
    }
}
