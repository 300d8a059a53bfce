/// Variables are used only where their type fits (spec 5.8.5 All Variable Usages Are Allowed).
///
/// A nullable variable may fill a non-null position when the variable or the
/// position has a default; a field of a `@oneOf` input object takes only non-null ones.
final class VariablesInAllowedPositionRule: ValidationRule {
    private let context: ValidationContext
    private var definitions: [String: VariableDefinition] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) { definitions = [:] }

    func enterVariableDefinition(_ node: VariableDefinition) {
        definitions[node.variable.name.value] = node
    }

    func leaveOperation(_ node: OperationDefinition) {
        for usage in context.recursiveVariableUsages(of: node) {
            let definition = definitions[usage.variable.name.value]
            check(
                usage, definition: definition,
                variableType: definition.flatMap { context.typeInfo.type(of: $0.type) }
            ) { message, ranges in
                context.report(message, at: ranges)
            }
        }
    }

    /// Reports what is wrong with one usage, given the operation's definition of its
    /// variable (the last of that name) and the schema type that definition spells.
    func check(
        _ usage: VariableUsage, definition: VariableDefinition?, variableType: GraphQLType?,
        report: (String, [SourceRange?]) -> Void
    ) {
        let name = usage.variable.name.value
        guard let definition, let locationType = usage.type, let variableType else { return }
        if !isAllowed(
            variableType, default: definition.defaultValue, in: locationType,
            locationDefault: usage.defaultValue, schema: context.schema)
        {
            report(
                "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                [definition.location, usage.variable.location])
        }
        // Only a nullable input object position counts, as graphql-js checks the
        // position's type itself, not its named type.
        if case .named(let parentName)? = usage.parentType,
            case .inputObject(let parent) = context.type(named: parentName), parent.isOneOf,
            !variableType.isNonNull
        {
            report(
                "Variable \"$\(name)\" is of type \"\(variableType)\" but must be non-nullable to be used for OneOf Input Object \"\(parent.name)\".",
                [definition.location, usage.variable.location])
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
