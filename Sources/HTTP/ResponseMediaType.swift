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
    /// listed at least as high as `application/json`; wildcards and a missing header give
    /// `application/json`; nil when neither is acceptable.
    public static func negotiate(accept: String?) -> ResponseMediaType? {
        guard let accept, !accept.trimmingWhitespace().isEmpty else { return .json }
        let ranges = HeaderElement.parseList(accept).filter { element in
            element.parameters["charset"].map { $0.lowercased() == "utf-8" } ?? true
        }
        let graphQL = quality(of: "application/graphql-response+json", in: ranges, wildcards: false)
        let json = quality(of: "application/json", in: ranges, wildcards: true)
        if graphQL > 0 && graphQL >= json { return .graphQLResponse }
        return json > 0 ? .json : nil
    }

    /// The weight the most specific matching range gives `type` (RFC 9110 §12.5.1).
    private static func quality(of type: String, in ranges: [HeaderElement], wildcards: Bool)
        -> Double
    {
        if let exact = ranges.first(where: { $0.value == type }) { return exact.quality }
        guard wildcards else { return 0 }
        let family = type.prefix { $0 != "/" } + "/*"
        if let partial = ranges.first(where: { $0.value == family }) { return partial.quality }
        return ranges.first(where: { $0.value == "*/*" })?.quality ?? 0
    }
}
