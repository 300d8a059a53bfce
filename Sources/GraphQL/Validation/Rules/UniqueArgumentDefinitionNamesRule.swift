/// A field or directive defines each argument once (spec 3.6 Objects, 3.13 Directives).
final class UniqueArgumentDefinitionNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterTypeSystemDefinition(_ node: Definition) {
        switch node {
        case .directive(let directive):
            check(directive.arguments, of: "@\(directive.name.value)")
        case .type(let type), .typeExtension(let type):
            let fields: [FieldDefinition]
            switch type {
            case .object(let object): fields = object.fields
            case .interface(let interface): fields = interface.fields
            default: return
            }
            for field in fields {
                check(field.arguments, of: "\(type.name.value).\(field.name.value)")
            }
        default:
            break
        }
    }

    private func check(_ arguments: [InputValueDefinition], of owner: String) {
        for (name, names) in groupedByName(arguments.map(\.name)) where names.count > 1 {
            context.report(
                "Argument \"\(owner)(\(name):)\" can only be defined once.",
                at: names.map(\.location))
        }
    }
}
