import GraphQL
import HTTP

extension Gateway {
    /// Stage 4: pick the operation to run (spec 6.1 GetOperation).
    ///
    /// Mutations over GET are refused with 405 and `Allow: POST`, as GET must be safe.
    func selectOperation(
        in document: Document, request: GraphQLHTTPRequest
    ) throws(RequestFailure) -> OperationDefinition {
        let operation: OperationDefinition
        do {
            operation = try GraphQL.operation(named: request.operationName, in: document)
        } catch {
            throw RequestFailure([error], code: "OPERATION_RESOLUTION_FAILURE", stage: "operation")
        }

        if request.isGET, operation.operation != .query {
            throw RequestFailure(GraphQLOverHTTP.methodNotAllowedForMutation(), stage: "operation")
        }
        // Known gap: no streaming transport (SSE or WebSocket) yet, so a subscription is
        // refused plainly instead of running once and answering a misleading null.
        if operation.operation == .subscription {
            throw RequestFailure(
                [
                    GraphQLError(
                        "Subscriptions need a streaming transport (SSE or WebSocket), which "
                            + "this gateway does not offer yet.")
                ], code: "SUBSCRIPTIONS_NOT_SUPPORTED", stage: "operation", status: 400)
        }
        return operation
    }
}
