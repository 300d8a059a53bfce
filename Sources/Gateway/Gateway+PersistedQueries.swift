import GraphQL
import HTTP
import JSON
import Security

extension Gateway {
    /// Stage 2: automatic persisted queries (Apollo's protocol, version 1).
    ///
    /// Hash only: the stored text, or `PersistedQueryNotFound` so the client
    /// retries with the text. Hash and text: the hash must be the SHA-256 of the
    /// text, which is then stored for every replica. Returns the query text.
    func resolvePersistedQuery(
        _ request: GraphQLHTTPRequest, state: RequestState
    ) async throws(RequestFailure) -> String {
        if let safelist = configuration.safelist {
            return try resolveSafelistedQuery(request, safelist: safelist)
        }
        guard let persisted = request.extensions?["persistedQuery"], !persisted.isNull else {
            guard let query = request.query else { throw Self.missingQuery }
            return query
        }

        guard persisted["version"]?.intValue == 1 else {
            throw RequestFailure(
                [GraphQLError("Unsupported persisted query version")],
                code: "PERSISTED_QUERY_NOT_SUPPORTED", stage: "apq", status: 400)
        }
        guard let rawHash = persisted["sha256Hash"]?.stringValue, !rawHash.isEmpty else {
            throw RequestFailure(
                [GraphQLError("Persisted query sha256Hash must be a string")],
                code: "BAD_REQUEST", stage: "apq", status: 400)
        }
        let hash = rawHash.lowercased()

        if let query = request.query {
            guard SHA256.hex(query) == hash else {
                throw RequestFailure(
                    [GraphQLError("provided sha does not match query")],
                    code: "BAD_REQUEST", stage: "apq", status: 400)
            }
            await persistedQueries.store(query, forHash: hash, requestID: state.id)
            return query
        }

        if let query = await persistedQueries.query(forHash: hash, requestID: state.id) {
            return query
        }
        throw RequestFailure(
            [GraphQLError("PersistedQueryNotFound")], code: "PERSISTED_QUERY_NOT_FOUND",
            stage: "apq", status: 200)
    }

    private static var missingQuery: RequestFailure {
        RequestFailure(
            [GraphQLError("Must provide query string.")], code: "BAD_REQUEST", stage: "decode",
            status: 400)
    }
}
