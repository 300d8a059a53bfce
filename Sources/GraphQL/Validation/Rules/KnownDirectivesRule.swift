/// Directives are defined and used where they may appear
/// (spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations).
final class KnownDirectivesRule: ValidationRule {
    private let context: ValidationContext
    private var locations: [String: [String]] = [:]

    init(context: ValidationContext) {
        self.context = context
        for directive in context.existingDirectives {
            locations[directive.name] = directive.locations
        }
        for case .directive(let definition) in context.document.definitions {
            locations[definition.name.value] = definition.locations.map(\.value)
        }
    }

    func enterDirective(_ node: Directive, at location: DirectiveLocation) {
        let name = node.name.value
        guard let allowed = locations[name] else {
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
