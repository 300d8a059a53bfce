import JSON

/// The parameters of a GraphQL-over-HTTP request, from a POST body or GET query string.
public struct GraphQLHTTPRequest: Sendable, Equatable {
    /// Absent only when a persisted query hash stands in for it.
    public var query: String?
    public var operationName: String?
    public var variables: JSONObject?
    public var extensions: JSONObject?
    /// GET requests may not run mutations; the engine checks once it knows the operation.
    public var isGET: Bool

    public init(
        query: String?, operationName: String? = nil, variables: JSONObject? = nil,
        extensions: JSONObject? = nil, isGET: Bool = false
    ) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.extensions = extensions
        self.isGET = isGET
    }

    /// Whether `extensions.persistedQuery` is present (automatic persisted queries).
    public var hasPersistedQuery: Bool {
        if case .object = extensions?["persistedQuery"] { return true }
        return false
    }
}
