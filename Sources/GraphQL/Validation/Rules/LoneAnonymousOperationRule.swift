/// An anonymous operation must be alone (spec 5.2.2.1 Lone Anonymous Operation).
final class LoneAnonymousOperationRule: ValidationRule {
    private let context: ValidationContext
    private var operationCount = 0

    init(context: ValidationContext) { self.context = context }

    func enterDocument(_ node: Document) {
        operationCount = node.definitions.count { if case .operation = $0 { true } else { false } }
    }

    func enterOperation(_ node: OperationDefinition) {
        if node.name == nil && operationCount > 1 {
            context.report(
                "This anonymous operation must be the only defined operation.", at: node.location)
        }
    }
}
