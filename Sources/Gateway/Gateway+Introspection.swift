import GraphQL
import JSON

extension Gateway {
    /// Answers `__schema`, `__type` and `__typename` at the root from the API schema.
    ///
    /// The API schema has no join__ or link definitions, so clients see the
    /// composed schema exactly as they may query it.
    func introspect(_ document: Document, _ prepared: PreparedOperation) async -> ExecutionResult {
        await GraphQL.execute(
            schema: configuration.supergraph.apiSchema, resolvers: ResolverMap(),
            document: document, operationName: prepared.operationName,
            variables: prepared.variables, rootValue: JSON.object(JSONObject()), context: ())
    }
}
