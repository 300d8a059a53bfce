import JSON

/// A list of request errors can be a `Result` failure (variable coercion reports them all).
extension Array: @retroactive Error where Element == GraphQLError {}

/// GetOperation (spec 6.1): the named operation, or the only one when no name is given.
public func operation(
    named name: String?, in document: Document
) throws(GraphQLError) -> OperationDefinition {
    var operations: [OperationDefinition] = []
    for case .operation(let operation) in document.definitions { operations.append(operation) }
    if let name {
        guard let named = operations.first(where: { $0.name?.value == name }) else {
            throw GraphQLError("Unknown operation named \"\(name)\".")
        }
        return named
    }
    guard operations.count == 1 else {
        throw GraphQLError(
            operations.isEmpty
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.")
    }
    return operations[0]
}

/// CoerceVariableValues (spec 6.1.2) with graphql-js's messages; at most 50 errors.
public func coerceVariableValues(
    schema: Schema, operation: OperationDefinition, inputs: JSONObject?, source: Source? = nil
) -> Result<JSONObject, [GraphQLError]> {
    let (values, errors) = InputCoercion(schema: schema).coerceVariables(
        operation.variableDefinitions, inputs: inputs, source: source)
    return errors.isEmpty ? .success(values) : .failure(errors)
}
