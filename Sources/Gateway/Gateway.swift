import Federation
import GraphQL
import HTTP
import JSON
import Observability
import Security
import Synchronization

/// The federation gateway: one HTTP handler for `/graphql`, `/health` and `/metrics`.
///
/// A GraphQL request passes these stages, one file each: decode, persisted
/// queries, parse, select operation, validate, coerce variables, authenticate,
/// plan, execute, respond. A stage that refuses the request throws a
/// `RequestFailure` carrying the reply; no input makes the handler trap.
public final class Gateway: Sendable {
    public let configuration: GatewayConfiguration
    let planner: QueryPlanner
    let executor: PlanExecutor
    let jwtSigner: JWTSigner?
    let persistedQueries: PersistedQueryStore
    let documents: LRUCache<String, Document>
    let validations: LRUCache<String, [GraphQLError]>
    let plans: LRUCache<PlanKey, QueryPlan>
    private let requestCounter = Mutex(0)
    private let requestIDPrefix: String

    /// - Parameter transport: how fetches reach subgraphs; HTTP through libcurl by default.
    public init(configuration: GatewayConfiguration, transport: (any SubgraphTransport)? = nil) {
        self.configuration = configuration
        let transport =
            transport
            ?? HTTPSubgraphTransport(
                timeout: configuration.subgraphTimeout, logger: configuration.logger,
                metrics: configuration.metrics)
        planner = QueryPlanner(supergraph: configuration.supergraph)
        executor = PlanExecutor(
            supergraph: configuration.supergraph, transport: transport,
            timeout: configuration.subgraphTimeout)
        jwtSigner = configuration.jwtSecret.map {
            JWTSigner(secret: $0, issuer: configuration.jwtIssuer)
        }
        persistedQueries = PersistedQueryStore(
            capacity: configuration.cacheCapacity, redis: configuration.redis,
            ttl: configuration.persistedQueryTTL, logger: configuration.logger)
        documents = LRUCache(capacity: configuration.cacheCapacity)
        validations = LRUCache(capacity: configuration.cacheCapacity)
        plans = LRUCache(capacity: configuration.cacheCapacity)
        requestIDPrefix = String(SecureRandom.token(bytes: 6).prefix(8))
    }

    /// Routes one HTTP request.
    public func handle(_ request: HTTPRequest) async -> HTTPResponse {
        switch request.path {
        case "/graphql", "/":
            return await serveGraphQL(request)
        case "/health":
            return HTTPResponse(
                status: 200, contentType: "application/json", body: #"{"status":"ok"}"#)
        case "/metrics":
            return HTTPResponse(
                status: 200, contentType: "text/plain; version=0.0.4",
                body: configuration.metrics.render())
        default:
            return HTTPResponse(status: 404, contentType: "text/plain", body: "Not Found\n")
        }
    }

    private func serveGraphQL(_ http: HTTPRequest) async -> HTTPResponse {
        let start = MonotonicClock.now()
        let id = http.headers["X-Request-ID"].flatMap(Self.acceptableRequestID) ?? nextRequestID()

        var response: HTTPResponse
        var failedStage: String?
        var operationName: String?
        if let mediaType = GraphQLOverHTTP.mediaType(for: http) {
            var state = RequestState(id: id, http: http, mediaType: mediaType)
            (response, failedStage) = await RequestScope.$requestID.withValue(id) {
                await process(&state)
            }
            operationName = state.operationName
        } else {
            failedStage = "negotiate"
            response = HTTPResponse(
                status: 406, contentType: "text/plain",
                body: "Accept application/graphql-response+json or application/json.\n")
        }
        response.headers.append(("X-Request-ID", id))

        record(
            response: response, failedStage: failedStage, operationName: operationName, id: id,
            since: start)
        return response
    }

    /// Runs the pipeline; a failed stage becomes its reply and its name.
    private func process(_ state: inout RequestState) async -> (HTTPResponse, String?) {
        do {
            return (try await run(&state), nil)
        } catch {
            return (error.response(mediaType: state.mediaType), error.stage)
        }
    }

    /// The pipeline, stage by stage.
    private func run(_ state: inout RequestState) async throws(RequestFailure) -> HTTPResponse {
        let request = try decode(state.http)
        state.operationName = request.operationName

        let query = try await resolvePersistedQuery(request, state: state)
        state.query = query

        let document = try parseDocument(query)
        // Validation before operation selection, as graphql-js orders them: two anonymous
        // operations are a validation error, not an unknown operation.
        try validateDocument(document, query: query)
        let operation = try selectOperation(in: document, request: request)
        try checkExpandedSize(document, operation: operation)

        let variables = try coerceVariables(for: operation, inputs: request.variables)
        _ = try await authenticate(state.http)

        let prepared = PreparedOperation(
            query: query, document: document, operation: operation,
            operationName: request.operationName, variables: variables)
        let debug = state.isDebug ? DebugCounters() : nil
        let http = state.http
        let outcome = await RequestScope.$debug.withValue(debug) {
            () async -> Result<ExecutionResult, RequestFailure> in
            do throws(RequestFailure) {
                return .success(try await execute(prepared, http: http))
            } catch {
                return .failure(error)
            }
        }
        let result = try outcome.get()
        return respond(result, state: state, debug: debug)
    }

    private func record(
        response: HTTPResponse, failedStage: String?, operationName: String?, id: String,
        since start: Double
    ) {
        let duration = MonotonicClock.now() - start
        let metrics = configuration.metrics
        metrics.increment("xpgraph_requests_total", labels: ["status": String(response.status)])
        metrics.observe("xpgraph_request_duration_seconds", seconds: duration)
        if response.status >= 400 || failedStage != nil {
            metrics.increment(
                "xpgraph_request_errors_total", labels: ["stage": failedStage ?? "execute"])
        }

        var fields = LogFields(requestID: id, duration: duration, ["status": .int(response.status)])
        if let failedStage { fields.extra["stage"] = .string(failedStage) }
        if let operationName { fields.extra["operationName"] = .string(operationName) }
        let level: LogLevel =
            response.status >= 500 ? .error : (response.status >= 400 ? .warn : .debug)
        configuration.logger.log(level, "gateway.request", fields)
    }

    private func nextRequestID() -> String {
        let number = requestCounter.withLock { counter in
            counter += 1
            return counter
        }
        return "\(requestIDPrefix)-\(number)"
    }

    /// A client-supplied request id is kept when it is short and printable.
    private static func acceptableRequestID(_ value: String) -> String? {
        guard !value.isEmpty, value.utf8.count <= 128,
            value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return nil }
        return value
    }
}
