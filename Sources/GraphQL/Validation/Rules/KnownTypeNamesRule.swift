/// Named types in variables and type conditions exist in the schema
/// (spec 5.5.1.2 Fragment Spread Type Existence, 5.8.2 Variables Are Input Types).
final class KnownTypeNamesRule: ValidationRule {
    private let context: ValidationContext
    private let definedInDocument: Set<String>
    private let knownNames: [String]

    init(context: ValidationContext) {
        self.context = context
        var defined: [String] = []
        for case .type(let type) in context.document.definitions {
            defined.append(type.name.value)
        }
        definedInDocument = Set(defined)
        knownNames = context.schema.typeNames + defined
    }

    func enterNamedType(_ node: Name) {
        let name = node.value
        guard context.schema[name] == nil, !definedInDocument.contains(name) else { return }
        let suggestions = Suggestions.list(name, options: knownNames)
        context.report(
            "Unknown type \"\(name)\"." + Suggestions.didYouMean(suggestions), at: node.location)
    }
}
