/// Named types exist in the schema or the document (spec 5.5.1.2 Fragment Spread Type
/// Existence, 5.8.2 Variables Are Input Types; in SDL, every type reference).
///
/// Types come from the existing schema's type map, so a built-in scalar nothing refers to
/// is unknown in a request, as in graphql-js. SDL may always name the standard types.
final class KnownTypeNamesRule: ValidationRule {
    private let context: ValidationContext
    private let definedInDocument: Set<String>
    private let definedNames: [String]

    init(context: ValidationContext) {
        self.context = context
        var defined: [String] = []
        var seen: Set<String> = []
        for case .type(let type) in context.document.definitions
        where seen.insert(type.name.value).inserted {
            defined.append(type.name.value)
        }
        definedInDocument = seen
        definedNames = defined
    }

    func enterNamedType(_ node: Name, inTypeSystem: Bool) {
        let name = node.value
        guard context.existingType(named: name) == nil, !definedInDocument.contains(name)
        else { return }
        if inTypeSystem && standardTypeNames.contains(name) { return }
        let knownNames = context.existingTypeNames + definedNames
        let options = inTypeSystem ? standardTypeNames + knownNames : knownNames
        let suggestions = Suggestions.list(name, options: options)
        context.report(
            "Unknown type \"\(name)\"." + Suggestions.didYouMean(suggestions), at: node.location)
    }
}

/// The built-in scalars and introspection types, which SDL may name without defining.
let standardTypeNames: [String] =
    ["String", "Int", "Float", "Boolean", "ID"] + Introspection.types.map(\.name)
