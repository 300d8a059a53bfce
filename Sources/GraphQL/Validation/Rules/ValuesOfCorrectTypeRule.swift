/// Literal values fit the type expected where they appear (spec 5.6.1 Values of Correct Type,
/// 5.6.2 Input Object Field Names, 5.6.4 Input Object Required Fields).
final class ValuesOfCorrectTypeRule: ValidationRule {
    private let context: ValidationContext
    /// Nonzero while inside a value already reported as a whole, whose parts are not checked.
    private var skippedDepth = 0
    /// The operation's variable definitions, searched only for `@oneOf` checks.
    private var variableDefinitions: [VariableDefinition] = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) {
        variableDefinitions = node.variableDefinitions
    }

    func enterValue(_ node: Value) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        let typeInfo = context.typeInfo
        switch node.kind {
        case .list:
            if case .list = typeInfo.parentInputType?.nullable { return }
            checkLeaf(node)
            skippedDepth = 1
        case .object(let fields):
            guard case .inputObject(let type) = typeInfo.namedType(typeInfo.inputType) else {
                checkLeaf(node)
                skippedDepth = 1
                return
            }
            checkFields(fields, of: type, in: node)
        case .null:
            if let type = typeInfo.inputType, type.isNonNull {
                context.report(
                    "Expected value of type \"\(type)\", found null.", at: node.location)
            }
        case .variable:
            break
        case .int, .float, .string, .boolean, .enumValue:
            checkLeaf(node)
        }
    }

    func leaveValue(_ node: Value) {
        if skippedDepth > 0 { skippedDepth -= 1 }
    }

    func enterObjectField(_ node: ObjectField) {
        let typeInfo = context.typeInfo
        guard skippedDepth == 0, typeInfo.inputType == nil,
            case .inputObject(let parentType) = typeInfo.namedType(typeInfo.parentInputType)
        else { return }
        let suggestions = Suggestions.list(node.name.value, options: parentType.fields.map(\.name))
        context.report(
            "Field \"\(node.name.value)\" is not defined by type \"\(parentType.name)\"."
                + Suggestions.didYouMean(suggestions),
            at: node.location)
    }

    /// Required fields are present; a `@oneOf` object has exactly one non-null field.
    private func checkFields(_ fields: [ObjectField], of type: InputObjectType, in node: Value) {
        let given = Set(fields.map(\.name.value))
        for field in type.fields
        where !given.contains(field.name) && field.type.isNonNull && field.defaultValue == nil {
            context.report(
                "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                at: node.location)
        }
        guard type.isOneOf else { return }
        // Keys count once however often given; the last value for a key is the one checked.
        let keys = Set(fields.map(\.name.value))
        guard keys.count == 1, let field = fields.last else {
            context.report(
                "OneOf Input Object \"\(type.name)\" must specify exactly one key.",
                at: node.location)
            return
        }
        switch field.value.kind {
        case .null:
            context.report(
                "Field \"\(type.name).\(field.name.value)\" must be non-null.", at: node.location)
        case .variable(let variable):
            // The last definition of a name counts, as a map of them keeps it.
            if let definition = variableDefinitions.last(where: {
                $0.variable.name.value == variable.name.value
            }),
                !GraphQLType(definition.type).isNonNull
            {
                context.report(
                    "Variable \"\(variable.name.value)\" must be non-nullable to be used for OneOf Input Object \"\(type.name)\".",
                    at: node.location)
            }
        default:
            break
        }
    }

    /// Checks a value where a scalar or enum is expected, with the type's own message.
    private func checkLeaf(_ node: Value) {
        let typeInfo = context.typeInfo
        guard let locationType = typeInfo.inputType,
            let type = typeInfo.namedType(locationType)
        else { return }
        if case .scalar = type, let custom = context.customScalars[type.name] {
            checkCustomLiteral(node, with: custom, expecting: locationType)
            return
        }
        do throws(CoercionFailure) {
            switch type {
            case .scalar(let scalar): _ = try scalar.parseLiteral(node, variables: nil)
            case .enumType(let enumType): _ = try enumType.parseLiteral(node)
            default:
                context.report(
                    "Expected value of type \"\(locationType)\", found \(print(node)).",
                    at: node.location)
            }
        } catch {
            context.report(error, at: node.location)
        }
    }

    /// A custom scalar's `parseLiteral` decides; a `GraphQLError` it throws is reported as
    /// it is (without locations, as graphql-js reports it), any other error after
    /// graphql-js's "Expected value" sentence.
    private func checkCustomLiteral(
        _ node: Value, with custom: CustomScalar, expecting type: GraphQLType
    ) {
        do {
            _ = try custom.parseLiteral(node.json(variables: nil))
        } catch let error as GraphQLError {
            context.report(error.message, at: [])
        } catch {
            context.report(
                "Expected value of type \"\(type)\", found \(print(node)); \(error)",
                at: node.location)
        }
    }
}
