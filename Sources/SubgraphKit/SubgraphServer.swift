import GraphQL
import HTTP
import JSON

/// Serves one subgraph schema over GraphQL-over-HTTP: `/graphql` for
/// operations (including `_service` and `_entities`) and `/health`.
public final class SubgraphServer: Sendable {
    public let name: String
    /// The SDL as written, which `_service { sdl }` returns.
    public let sdl: String
    public let schema: Schema
    private let resolvers: ResolverMap
    private let documents = DocumentCache()
    private let makeContext: @Sendable (HTTPRequest) async throws -> any Sendable

    /// - Throws: a `GraphQLError` when the SDL does not parse or build.
    /// - Parameter makeContext: builds the resolver context for a request; it
    ///   should conform to `SubgraphContext` so SQL statements and entity errors
    ///   are reported. An error it throws (say, a bad token) refuses the request.
    public init(
        name: String, sdl: String, resolvers: ResolverMap,
        entityResolvers: [String: EntityResolver],
        makeContext: @escaping @Sendable (HTTPRequest) async throws -> any Sendable
    ) throws {
        let federation = try FederationSchema(sdl: sdl)
        self.name = name
        self.sdl = sdl
        self.schema = try Schema(sdl: federation.executableSDL)
        self.makeContext = makeContext

        var resolvers = resolvers
        let service = JSON.object(["sdl": .string(sdl)])
        resolvers.set(federation.queryTypeName, "_service") { _ in service }
        if !federation.entityTypes.isEmpty {
            let entities = EntitiesField(resolvers: entityResolvers)
            resolvers.set(federation.queryTypeName, "_entities") { try await entities.resolve($0) }
        }
        self.resolvers = resolvers
    }

    public func handle(_ request: HTTPRequest) async -> HTTPResponse {
        switch request.path {
        case "/health":
            return HTTPResponse(
                status: 200, contentType: "application/json",
                body: "{\"status\":\"ok\",\"subgraph\":\(JSON.string(name).serialized)}")
        case "/graphql", "/":
            return await handleGraphQL(request)
        default:
            return HTTPResponse(status: 404, contentType: "text/plain", body: "Not found.")
        }
    }

    private func handleGraphQL(_ request: HTTPRequest) async -> HTTPResponse {
        guard let mediaType = GraphQLOverHTTP.mediaType(for: request) else {
            return HTTPResponse(
                status: 406, contentType: "text/plain",
                body: "Accept application/graphql-response+json or application/json.")
        }
        let graphQLRequest: GraphQLHTTPRequest
        switch GraphQLOverHTTP.decode(request) {
        case .success(let decoded): graphQLRequest = decoded
        case .failure(let response): return response
        }
        guard let text = graphQLRequest.query else {
            return Self.failure([GraphQLError("Must provide query string.")], mediaType)
        }

        let document: Document
        switch documents.document(for: text, schema: schema) {
        case .valid(let valid): document = valid
        case .invalid(let errors): return Self.failure(errors, mediaType)
        }
        if graphQLRequest.isGET,
            let operation = try? operation(named: graphQLRequest.operationName, in: document),
            operation.operation != .query
        {
            return HTTPResponse(
                status: 405, headers: [("Allow", "POST"), ("Content-Type", "text/plain")],
                body: Array("GET requests can only run queries.".utf8))
        }

        let context: any Sendable
        do {
            context = try await makeContext(request)
        } catch let error as GraphQLError {
            return Self.failure([error], mediaType)
        } catch let error as any GraphQLErrorConvertible {
            return Self.failure([error.graphQLError], mediaType)
        } catch {
            return Self.failure([GraphQLError("\(error)")], mediaType)
        }

        let started = FederatedTrace.now()
        let sink = EntityErrorSink()
        let result = await EntityErrorSink.$current.withValue(sink) {
            await execute(
                schema: schema, resolvers: resolvers, document: document,
                operationName: graphQLRequest.operationName, variables: graphQLRequest.variables,
                rootValue: JSON.object([:]), context: context)
        }
        let requestContext = (context as? any SubgraphContext)?.request
        var body = Self.body(
            result, entityErrors: sink.recorded, sqlStatements: requestContext?.sqlStatements ?? 0)
        if request.headers["apollo-federation-include-trace"] == "ftv1",
            case .object(var object) = body
        {
            var extensions = object["extensions"]?.objectValue ?? JSONObject()
            extensions["ftv1"] = .string(
                FederatedTrace.encode(start: started, end: FederatedTrace.now()))
            object["extensions"] = .object(extensions)
            body = .object(object)
        }
        return GraphQLOverHTTP.respond(body, hasData: result.data != nil, mediaType: mediaType)
    }

    /// The response body with entity errors added and `extensions.xpgraph`.
    static func body(
        _ result: ExecutionResult, entityErrors: [GraphQLError], sqlStatements: Int
    ) -> JSON {
        var body = JSONObject()
        let errors = result.errors + entityErrors
        if !errors.isEmpty { body.append("errors", .array(errors.map(\.json))) }
        if let data = result.data { body.append("data", data) }
        var extensions = result.extensions ?? JSONObject()
        extensions["xpgraph"] = .object(["sqlStatements": .int(sqlStatements)])
        body.append("extensions", .object(extensions))
        return .object(body)
    }

    private static func failure(_ errors: [GraphQLError], _ mediaType: ResponseMediaType)
        -> HTTPResponse
    {
        let body = JSON.object([
            "errors": .array(errors.map(\.json)),
            "extensions": ["xpgraph": ["sqlStatements": 0]],
        ])
        return GraphQLOverHTTP.respond(body, hasData: false, mediaType: mediaType)
    }
}
