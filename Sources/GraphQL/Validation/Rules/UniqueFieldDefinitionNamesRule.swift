/// An object, interface or input object defines each field once, extensions included
/// (spec 3.6 Objects, 3.7 Interfaces, 3.10 Input Objects).
final class UniqueFieldDefinitionNamesRule: ValidationRule {
    private let context: ValidationContext
    private var known: [String: [String: Name]] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterTypeSystemDefinition(_ node: Definition) {
        let typeName: String
        let names: [Name]
        switch node.typeDefinitionOrExtension {
        case .type(.object(let object)):
            (typeName, names) = (object.name.value, object.fields.map(\.name))
        case .type(.interface(let interface)):
            (typeName, names) = (interface.name.value, interface.fields.map(\.name))
        case .type(.inputObject(let input)):
            (typeName, names) = (input.name.value, input.fields.map(\.name))
        default:
            return
        }
        let existing = context.existingType(named: typeName)
        for name in names {
            if hasField(existing, name.value) {
                context.report(
                    "Field \"\(typeName).\(name.value)\" already exists in the schema. It cannot also be defined in this type extension.",
                    at: name.location)
            } else if let first = known[typeName]?[name.value] {
                context.report(
                    "Field \"\(typeName).\(name.value)\" can only be defined once.",
                    at: first.location, name.location)
            } else {
                known[typeName, default: [:]][name.value] = name
            }
        }
    }

    private func hasField(_ type: NamedType?, _ name: String) -> Bool {
        switch type {
        case .object, .interface: type?.field(name) != nil
        case .inputObject(let input): input.fieldsByName[name] != nil
        default: false
        }
    }
}
