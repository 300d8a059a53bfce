import Federation
import Foundation
import HTTP
import JSON
import Observability

@testable import Gateway

/// A transport for tests that must never reach a subgraph.
struct UnreachableTransport: SubgraphTransport {
    func send(
        subgraph: String, url: String, body: [UInt8], headers: [(String, String)]
    ) async throws -> [UInt8] {
        throw SubgraphFetchError(subgraph: subgraph, reason: "not reachable in unit tests")
    }
}

enum GatewayFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The project's four subgraph SDLs composed, as `xpgraph compose` does.
    static let supergraph: Supergraph = {
        let subgraphs = ["users", "auth", "forms", "gps"].enumerated().map { offset, name in
            let path = repositoryRoot.appendingPathComponent("schema/\(name).graphql").path
            let sdl = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return SubgraphDefinition(
                name: name, url: "http://127.0.0.1:\(4001 + offset)/graphql", sdl: sdl)
        }
        return try! Composer.compose(subgraphs)
    }()

    static func makeGateway(secret: [UInt8]? = Array("gateway-test-secret-0123456789abcdef".utf8))
        -> Gateway
    {
        Gateway(
            configuration: GatewayConfiguration(
                supergraph: supergraph, jwtSecret: secret,
                logger: Logger(level: .error, sink: .discard)),
            transport: UnreachableTransport())
    }

    static func post(_ body: JSON, headers: [(String, String)] = []) -> HTTPRequest {
        post(raw: body.serializedBytes, headers: headers)
    }

    static func post(raw body: [UInt8], headers: [(String, String)] = []) -> HTTPRequest {
        var all: [(String, String)] = [
            ("Content-Type", "application/json"), ("Accept", "application/graphql-response+json"),
        ]
        all += headers
        return HTTPRequest(method: "POST", path: "/graphql", headers: HTTPHeaders(all), body: body)
    }

    static func get(_ query: [String: String], headers: [(String, String)] = []) -> HTTPRequest {
        var all: [(String, String)] = [("Accept", "application/graphql-response+json")]
        all += headers
        return HTTPRequest(method: "GET", path: "/graphql", query: query, headers: HTTPHeaders(all))
    }
}

extension HTTPResponse {
    var json: JSON? { try? JSONReader.parse(body) }
    var firstErrorMessage: String? { json?["errors"]?[0]?["message"]?.stringValue }
    var firstErrorCode: String? { json?["errors"]?[0]?["extensions"]?["code"]?.stringValue }
}
