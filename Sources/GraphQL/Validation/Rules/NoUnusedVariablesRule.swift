/// Every variable an operation defines is used (spec 5.8.4 All Variables Used).
final class NoUnusedVariablesRule: ValidationRule {
    private let context: ValidationContext
    private var definitions: [VariableDefinition] = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) { definitions = [] }

    func enterVariableDefinition(_ node: VariableDefinition) { definitions.append(node) }

    func leaveOperation(_ node: OperationDefinition) {
        let used = Set(context.recursiveVariableUsages(of: node).map(\.variable.name.value))
        for definition in definitions where !used.contains(definition.variable.name.value) {
            let name = definition.variable.name.value
            let message =
                if let operationName = node.name?.value {
                    "Variable \"$\(name)\" is never used in operation \"\(operationName)\"."
                } else {
                    "Variable \"$\(name)\" is never used."
                }
            context.report(message, at: definition.location)
        }
    }
}
