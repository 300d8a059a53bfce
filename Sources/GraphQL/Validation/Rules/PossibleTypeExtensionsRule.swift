/// Extensions extend a defined type of the same kind (spec 3.4.3 Type Extensions).
final class PossibleTypeExtensionsRule: ValidationRule {
    private let context: ValidationContext
    private var defined: [String: TypeDefinition] = [:]
    private var definedOrder: [String] = []

    init(context: ValidationContext) {
        self.context = context
        for case .type(let type) in context.document.definitions {
            if defined[type.name.value] == nil { definedOrder.append(type.name.value) }
            defined[type.name.value] = type
        }
    }

    func enterTypeSystemDefinition(_ node: Definition) {
        guard case .typeExtension(let typeExtension) = node else { return }
        let name = typeExtension.name.value
        let definition = defined[name]
        let expectedKind: String? =
            if let definition { definition.kindName } else {
                context.existingType(named: name)?.kindName
            }
        guard let expectedKind else {
            let allNames = definedOrder + context.existingTypeNames.filter { defined[$0] == nil }
            let suggestions = Suggestions.list(name, options: allNames)
            context.report(
                "Cannot extend type \"\(name)\" because it is not defined."
                    + Suggestions.didYouMean(suggestions),
                at: typeExtension.name.location)
            return
        }
        let kind = typeExtension.kindName
        guard expectedKind != kind else { return }
        if let definition {
            context.report(
                "Cannot extend non-\(kind) type \"\(name)\".",
                at: definition.location, typeExtension.location)
        } else {
            context.report(
                "Cannot extend non-\(kind) type \"\(name)\".", at: typeExtension.location)
        }
    }
}

extension TypeDefinition {
    /// The kind as graphql-js's messages name it.
    fileprivate var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumType: "enum"
        case .inputObject: "input object"
        }
    }
}

extension NamedType {
    fileprivate var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumType: "enum"
        case .inputObject: "input object"
        }
    }
}
