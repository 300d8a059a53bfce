import GraphQL
import JSON

extension Gateway {
    /// Stage 6: coerce the request's variables to the operation's types (spec 6.1.2).
    func coerceVariables(
        for operation: OperationDefinition, inputs: JSONObject?
    ) throws(RequestFailure) -> JSONObject {
        let schema = configuration.supergraph.apiSchema
        switch coerceVariableValues(schema: schema, operation: operation, inputs: inputs) {
        case .success(let values): return values
        case .failure(let errors):
            throw RequestFailure(errors, code: "BAD_USER_INPUT", stage: "variables")
        }
    }
}
