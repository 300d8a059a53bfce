import GraphQL

extension Gateway {
    /// Texts longer than this are parsed every time rather than kept in the cache.
    static let maxCachedQueryBytes = 64 << 10

    /// Stage 3: parse the query text, cached by text, within the configured limits.
    func parseDocument(_ query: String) throws(RequestFailure) -> Document {
        if let document = documents[query] { return document }
        let document: Document
        do {
            document = try GraphQL.parse(query, limits: configuration.parseLimits)
        } catch {
            throw RequestFailure([error], code: "GRAPHQL_PARSE_FAILED", stage: "parse")
        }
        if query.utf8.count <= Self.maxCachedQueryBytes { documents.insert(document, for: query) }
        return document
    }
}
