import JSON

/// The response of one operation (spec 7.1): `data`, `errors`, `extensions`.
public struct ExecutionResult: Sendable, Equatable {
    /// Nil when a request error stopped execution before it began.
    public var data: JSON?
    public var errors: [GraphQLError]
    public var extensions: JSONObject?

    public init(data: JSON? = nil, errors: [GraphQLError] = [], extensions: JSONObject? = nil) {
        self.data = data
        self.errors = errors
        self.extensions = extensions
    }

    /// The response map: `errors` first when present, as graphql-js orders it.
    public var json: JSON {
        var object = JSONObject()
        if !errors.isEmpty { object.append("errors", .array(errors.map(\.json))) }
        if let data { object.append("data", data) }
        if let extensions, !extensions.isEmpty { object.append("extensions", .object(extensions)) }
        return .object(object)
    }
}
