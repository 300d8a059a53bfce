import Federation
import HTTP
import Observability

/// Sends subgraph fetches over HTTP with libcurl's keep-alive pool.
public final class HTTPSubgraphTransport: SubgraphTransport {
    private let client: HTTPClient
    private let timeout: Double
    private let logger: Logger
    private let metrics: Metrics

    public init(
        client: HTTPClient = HTTPClient(), timeout: Double = 30, logger: Logger = Logger(),
        metrics: Metrics = Metrics()
    ) {
        self.client = client
        self.timeout = timeout
        self.logger = logger
        self.metrics = metrics
    }

    public func send(
        subgraph: String, url: String, body: [UInt8], headers: [(String, String)]
    ) async throws -> [UInt8] {
        var allHeaders = headers
        allHeaders.append(("Content-Type", "application/json"))
        allHeaders.append(("Accept", "application/json"))
        if let requestID = RequestScope.requestID { allHeaders.append(("X-Request-ID", requestID)) }

        let start = MonotonicClock.now()
        let response: HTTPResponse
        do {
            response = try await client.post(
                url: url, headers: allHeaders, body: body, timeout: timeout)
        } catch {
            let fields = LogFields(
                requestID: RequestScope.requestID, subgraph: subgraph,
                duration: MonotonicClock.now() - start, ["error": .string("\(error)")])
            logger.error("subgraph.unreachable", fields)
            metrics.increment("xpgraph_subgraph_errors_total", labels: ["subgraph": subgraph])
            throw SubgraphFetchError(subgraph: subgraph, reason: "\(error)")
        }

        let duration = MonotonicClock.now() - start
        metrics.observe(
            "xpgraph_subgraph_request_duration_seconds", seconds: duration,
            labels: ["subgraph": subgraph])
        logger.debug(
            "subgraph.fetch",
            LogFields(
                requestID: RequestScope.requestID, subgraph: subgraph, duration: duration,
                ["status": .int(response.status)]))

        guard (200..<300).contains(response.status) || Self.isGraphQLBody(response) else {
            metrics.increment("xpgraph_subgraph_errors_total", labels: ["subgraph": subgraph])
            throw SubgraphFetchError(
                subgraph: subgraph, reason: "\(response.status): \(Self.reason(response.status))")
        }
        RequestScope.debug?.record(responseBody: response.body)
        return response.body
    }

    /// A 4xx with a GraphQL JSON body still carries errors worth passing on.
    private static func isGraphQLBody(_ response: HTTPResponse) -> Bool {
        guard (400..<500).contains(response.status),
            let type = response.header("Content-Type")
        else { return false }
        return type.contains("json")
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Unexpected status"
        }
    }
}

/// A subgraph that could not be reached or answered with a non-GraphQL error.
public struct SubgraphFetchError: Error, CustomStringConvertible {
    public var subgraph: String
    public var reason: String

    public var description: String { "HTTP fetch failed from '\(subgraph)': \(reason)" }
}
