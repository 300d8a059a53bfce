/// Variables have input types (spec 5.8.2 Variables Are Input Types).
final class VariablesAreInputTypesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterVariableDefinition(_ node: VariableDefinition) {
        guard let type = context.type(named: node.type.namedType.value), !type.isInputType else {
            return
        }
        context.report(
            "Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(print(node.type))\".",
            at: node.type.location)
    }
}
