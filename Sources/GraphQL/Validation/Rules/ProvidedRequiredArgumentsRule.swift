/// Required arguments are given (spec 5.4.2.1 Required Arguments).
///
/// An argument is required when its type is non-null and it has no default.
final class ProvidedRequiredArgumentsRule: ValidationRule {
    private let context: ValidationContext
    private let directives: ProvidedRequiredArgumentsOnDirectivesRule

    init(context: ValidationContext) {
        self.context = context
        directives = ProvidedRequiredArgumentsOnDirectivesRule(context: context)
    }

    func leaveField(_ node: Field) {
        guard let field = context.typeInfo.fieldDefinition else { return }
        for argument in field.arguments
        where argument.type.isNonNull && argument.defaultValue == nil
            && !node.arguments.contains(where: { $0.name.value == argument.name })
        {
            context.report(
                "Field \"\(field.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: node.location)
        }
    }

    func leaveDirective(_ node: Directive, at location: DirectiveLocation) {
        directives.leaveDirective(node, at: location)
    }
}

/// Required directive arguments are given, in requests and in SDL
/// (spec 5.4.2.1 Required Arguments).
final class ProvidedRequiredArgumentsOnDirectivesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func leaveDirective(_ node: Directive, at location: DirectiveLocation) {
        let name = node.name.value
        guard let required = context.directiveFacts[name]?.requiredArguments, !required.isEmpty
        else { return }
        for argument in required
        where !node.arguments.contains(where: { $0.name.value == argument.name }) {
            context.report(
                "Directive \"@\(name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: node.location)
        }
    }
}
