/// Variables are used only where their type fits (spec 5.8.5 All Variable Usages Are Allowed).
///
/// A nullable variable may fill a non-null position when the variable or the
/// position has a default.
final class VariablesInAllowedPositionRule: ValidationRule {
    private let context: ValidationContext
    private var definitions: [String: VariableDefinition] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) { definitions = [:] }

    func enterVariableDefinition(_ node: VariableDefinition) {
        definitions[node.variable.name.value] = node
    }

    func leaveOperation(_ node: OperationDefinition) {
        let schema = context.schema
        for usage in context.recursiveVariableUsages(of: node) {
            let name = usage.variable.name.value
            guard let definition = definitions[name], let locationType = usage.type,
                let variableType = context.typeInfo.type(of: definition.type),
                !isAllowed(
                    variableType, default: definition.defaultValue, in: locationType,
                    locationDefault: usage.defaultValue, schema: schema)
            else { continue }
            context.report(
                "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                at: definition.location, usage.variable.location)
        }
    }

    private func isAllowed(
        _ variableType: GraphQLType, default variableDefault: Value?, in locationType: GraphQLType,
        locationDefault: Value?, schema: Schema
    ) -> Bool {
        if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
            let hasNonNullDefault =
                if let variableDefault { variableDefault.kind != .null } else { false }
            guard hasNonNullDefault || locationDefault != nil else { return false }
            return schema.isTypeSubType(variableType, of: nullableLocation)
        }
        return schema.isTypeSubType(variableType, of: locationType)
    }
}
