/// Arguments are defined by their field or directive (spec 5.4.1 Argument Names).
final class KnownArgumentNamesRule: ValidationRule {
    private let context: ValidationContext
    private let directives: KnownArgumentNamesOnDirectivesRule

    init(context: ValidationContext) {
        self.context = context
        directives = KnownArgumentNamesOnDirectivesRule(context: context)
    }

    func enterDirective(_ node: Directive, at location: DirectiveLocation) {
        directives.enterDirective(node, at: location)
    }

    func enterArgument(_ node: Argument) {
        let typeInfo = context.typeInfo
        guard !typeInfo.isInDirective, typeInfo.argument == nil,
            let field = typeInfo.fieldDefinition,
            let parentType = typeInfo.parentType
        else { return }
        let name = node.name.value
        let suggestions = Suggestions.list(name, options: field.arguments.map(\.name))
        context.report(
            "Unknown argument \"\(name)\" on field \"\(parentType.name).\(field.name)\"."
                + Suggestions.didYouMean(suggestions),
            at: node.location)
    }
}

/// Directive arguments are defined by the directive, in requests and in SDL
/// (spec 5.4.1 Argument Names).
final class KnownArgumentNamesOnDirectivesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterDirective(_ node: Directive, at location: DirectiveLocation) {
        let name = node.name.value
        guard let known = context.directiveFacts[name]?.argumentNames else { return }
        for argument in node.arguments where !known.contains(argument.name.value) {
            let suggestions = Suggestions.list(argument.name.value, options: known)
            context.report(
                "Unknown argument \"\(argument.name.value)\" on directive \"@\(name)\"."
                    + Suggestions.didYouMean(suggestions),
                at: argument.location)
        }
    }
}
