import GraphQL
import HTTP
import JSON
import Mock

/// `xpgraph mock`: serves a schema whose fields read a JSON document over GraphQL over HTTP.
enum MockCommand {
    static let usage =
        "Usage: xpgraph mock --schema S.graphql --data root.json [--port 4000] [--host 127.0.0.1]"

    /// On the main actor, which reads the files with blocking calls off the cooperative pool.
    @MainActor
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let service = try MockFiles.service(arguments, usage: usage)
        let port = try arguments.int("port", default: 4000)
        let host = arguments.string("host") ?? "127.0.0.1"
        let server = HTTPServer(host: host, port: port) { request in
            await MockHTTP.handle(request, service)
        }
        try server.start()
        print("Mock GraphQL server on http://\(host):\(server.boundPort)/graphql")
        _ = await Signals.waitForTermination()
        server.stop()
        return 0
    }
}

/// GraphQL over HTTP in front of a `MockService`.
enum MockHTTP {
    static func handle(_ request: HTTPRequest, _ service: MockService) async -> HTTPResponse {
        guard request.path == "/graphql" || request.path == "/" else {
            return HTTPResponse(status: 404, contentType: "text/plain", body: "Not found.")
        }
        let graphQLRequest: GraphQLHTTPRequest
        switch GraphQLOverHTTP.decode(request) {
        case .success(let decoded): graphQLRequest = decoded
        case .failure(let response): return response
        }
        let mediaType = GraphQLOverHTTP.mediaType(for: request) ?? .json
        guard let text = graphQLRequest.query else {
            return respond(
                ExecutionResult(errors: [GraphQLError("Must provide query string.")]), mediaType)
        }

        let document: Document
        do {
            document = try parse(text)
        } catch {
            return respond(ExecutionResult(errors: [error]), mediaType)
        }
        let errors = validate(document, against: service.schema)
        guard errors.isEmpty else { return respond(ExecutionResult(errors: errors), mediaType) }
        if graphQLRequest.isGET,
            let operation = try? operation(named: graphQLRequest.operationName, in: document),
            operation.operation == .mutation
        {
            return GraphQLOverHTTP.methodNotAllowedForMutation()
        }

        let result = await service.execute(
            document, operationName: graphQLRequest.operationName,
            variables: graphQLRequest.variables)
        return respond(result, mediaType)
    }

    private static func respond(_ result: ExecutionResult, _ mediaType: ResponseMediaType)
        -> HTTPResponse
    {
        GraphQLOverHTTP.respond(result.json, hasData: result.data != nil, mediaType: mediaType)
    }
}
