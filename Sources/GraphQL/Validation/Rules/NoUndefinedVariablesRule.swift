/// Every variable used is defined by the operation (spec 5.8.3 All Variable Uses Defined).
final class NoUndefinedVariablesRule: ValidationRule {
    private let context: ValidationContext
    private var defined: Set<String> = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) { defined = [] }

    func enterVariableDefinition(_ node: VariableDefinition) {
        defined.insert(node.variable.name.value)
    }

    func leaveOperation(_ node: OperationDefinition) {
        for usage in context.recursiveVariableUsages(of: node) {
            let name = usage.variable.name.value
            if defined.contains(name) { continue }
            let message =
                if let operationName = node.name?.value {
                    "Variable \"$\(name)\" is not defined by operation \"\(operationName)\"."
                } else {
                    "Variable \"$\(name)\" is not defined."
                }
            context.report(message, at: usage.variable.location, node.location)
        }
    }
}
