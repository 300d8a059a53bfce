/// An enum defines each value once, extensions included (spec 3.9 Enums).
final class UniqueEnumValueNamesRule: ValidationRule {
    private let context: ValidationContext
    private var known: [String: [String: Name]] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterTypeSystemDefinition(_ node: Definition) {
        guard case .type(.enumType(let enumType)) = node.typeDefinitionOrExtension else { return }
        let typeName = enumType.name.value
        var existing: EnumType?
        if case .enumType(let type) = context.existingType(named: typeName) { existing = type }
        for value in enumType.values {
            let name = value.name
            if existing?.valuesByName[name.value] != nil {
                context.report(
                    "Enum value \"\(typeName).\(name.value)\" already exists in the schema. It cannot also be defined in this type extension.",
                    at: name.location)
            } else if let first = known[typeName]?[name.value] {
                context.report(
                    "Enum value \"\(typeName).\(name.value)\" can only be defined once.",
                    at: first.location, name.location)
            } else {
                known[typeName, default: [:]][name.value] = name
            }
        }
    }
}

extension Definition {
    /// The type definition or extension this is, as `.type`, or nil.
    var typeDefinitionOrExtension: Definition? {
        switch self {
        case .type(let type), .typeExtension(let type): .type(type)
        default: nil
        }
    }
}
