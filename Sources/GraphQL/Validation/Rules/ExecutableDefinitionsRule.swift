/// A request holds only operations and fragments (spec 5.1.1 Executable Definitions).
final class ExecutableDefinitionsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterDocument(_ node: Document) {
        for definition in node.definitions where !definition.isExecutable {
            let name: String =
                switch definition {
                case .schema, .schemaExtension: "schema"
                case .type(let type), .typeExtension(let type): "\"\(type.name.value)\""
                case .directive(let directive): "\"\(directive.name.value)\""
                case .operation, .fragment: ""
                }
            context.report("The \(name) definition is not executable.", at: definition.location)
        }
    }
}
