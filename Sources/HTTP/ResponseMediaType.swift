/// The media types a GraphQL response can be sent as (GraphQL over HTTP, "Accept").
public enum ResponseMediaType: Sendable, Equatable {
    /// `application/graphql-response+json`: status codes follow the outcome (400 without data).
    case graphQLResponse
    /// `application/json`: the legacy type; 200 for every well-formed request.
    case json

    public var contentType: String {
        switch self {
        case .graphQLResponse: "application/graphql-response+json; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// Picks the type for an `Accept` header: `application/graphql-response+json` when it is
    /// listed at least as high as `application/json`; nil when neither is acceptable.
    ///
    /// A missing header or a bare wildcard (what curl sends) gets
    /// `application/graphql-response+json`: GraphQL over HTTP prefers it for such clients
    /// since its 2025 watershed, and its status codes tell a failed request from a good one.
    /// A client naming only `application/json` still gets the legacy type.
    public static func negotiate(accept: String?) -> ResponseMediaType? {
        guard let accept, !accept.trimmingWhitespace().isEmpty else { return .graphQLResponse }
        let ranges = HeaderElement.parseList(accept).filter { element in
            element.parameters["charset"].map { $0.lowercased() == "utf-8" } ?? true
        }
        let graphQLExact = exactQuality(of: "application/graphql-response+json", in: ranges)
        let jsonExact = exactQuality(of: "application/json", in: ranges)
        let wildcard = wildcardQuality(in: ranges)
        let graphQL = graphQLExact ?? wildcard
        let json = jsonExact ?? wildcard
        // At equal weight the type the client named beats the one a wildcard admits.
        let graphQLWins =
            graphQL > json || (graphQL == json && (graphQLExact != nil || jsonExact == nil))
        if graphQL > 0 && graphQLWins { return .graphQLResponse }
        return json > 0 ? .json : nil
    }

    private static func exactQuality(of type: String, in ranges: [HeaderElement]) -> Double? {
        ranges.first(where: { $0.value == type })?.quality
    }

    /// The weight of the most specific wildcard range, `application/*` before `*/*`.
    private static func wildcardQuality(in ranges: [HeaderElement]) -> Double {
        if let family = ranges.first(where: { $0.value == "application/*" }) {
            return family.quality
        }
        return ranges.first(where: { $0.value == "*/*" })?.quality ?? 0
    }
}
