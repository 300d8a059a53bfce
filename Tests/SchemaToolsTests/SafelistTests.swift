import Federation
import Foundation
import Gateway
import HTTP
import JSON
import Observability
import SchemaTools
import XCTest

/// The gateway with `GatewayConfiguration.safelist`: only manifest operations run.
/// Hashes were computed with Python's hashlib.sha256.
final class SafelistTests: XCTestCase {
    let listedHash = "7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b"  // { __typename }
    let unlistedHash = "f4f8894a5f8f85d6b0e7eab534603e8cc5376c11e15a6c5cbf04d8db3c26670f"  // { a: __typename }

    struct NoSubgraphs: SubgraphTransport {
        func send(
            subgraph: String, url: String, body: [UInt8], headers: [(String, String)]
        ) async throws -> [UInt8] {
            throw CancellationError()
        }
    }

    func makeGateway() throws -> Gateway {
        let manifest = try PersistedQueryManifest(
            json: Array(
                """
                {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [
                  {"id": "\(listedHash)", "name": "T", "type": "query", "body": "{ __typename }"}]}
                """.utf8))
        let supergraph = try Composer.compose([
            SubgraphDefinition(
                name: "a", url: "http://127.0.0.1:9/graphql", sdl: "type Query { hello: String }")
        ])
        return Gateway(
            configuration: GatewayConfiguration(
                supergraph: supergraph, logger: Logger(level: .error, sink: .discard),
                safelist: Safelist(entries: manifest.entries.map { ($0.id, $0.body) })),
            transport: NoSubgraphs())
    }

    func post(_ body: JSON) -> HTTPRequest {
        HTTPRequest(
            method: "POST", path: "/graphql",
            headers: HTTPHeaders([
                ("Content-Type", "application/json"),
                ("Accept", "application/graphql-response+json"),
            ]), body: body.serializedBytes)
    }

    func persisted(_ hash: String) -> JSON {
        ["persistedQuery": ["version": 1, "sha256Hash": .string(hash)]]
    }

    func code(_ response: HTTPResponse) -> String? {
        (try? JSONReader.parse(response.body))?["errors"]?[0]?["extensions"]?["code"]?.stringValue
    }

    func testListedOperationRunsByTextAndByHash() async throws {
        let gateway = try makeGateway()
        for body: JSON in [
            ["query": "{ __typename }"], ["extensions": persisted(listedHash)],
            ["query": "{ __typename }", "extensions": persisted(listedHash.uppercased())],
        ] {
            let response = await gateway.handle(post(body))
            XCTAssertEqual(response.status, 200, body.serialized)
            XCTAssertEqual(
                try JSONReader.parse(response.body)["data"], ["__typename": "Query"])
        }
    }

    func testOtherTextsAndHashesAreRefused() async throws {
        let gateway = try makeGateway()
        let byText = await gateway.handle(post(["query": "{ a: __typename }"]))
        XCTAssertEqual(byText.status, 403)
        XCTAssertEqual(code(byText), "OPERATION_NOT_IN_SAFELIST")

        // Same operation, other spelling: safelisting compares text, not meaning.
        let respelled = await gateway.handle(post(["query": "{__typename}"]))
        XCTAssertEqual(code(respelled), "OPERATION_NOT_IN_SAFELIST")

        let byHash = await gateway.handle(post(["extensions": persisted(unlistedHash)]))
        XCTAssertEqual(byHash.status, 403)
        XCTAssertEqual(code(byHash), "PERSISTED_QUERY_NOT_IN_SAFELIST")
    }

    func testAPQRegistrationIsOff() async throws {
        let gateway = try makeGateway()
        let register = await gateway.handle(
            post(["query": "{ a: __typename }", "extensions": persisted(unlistedHash)]))
        XCTAssertEqual(register.status, 403)
        XCTAssertEqual(code(register), "PERSISTED_QUERY_NOT_IN_SAFELIST")
        let again = await gateway.handle(post(["extensions": persisted(unlistedHash)]))
        XCTAssertEqual(code(again), "PERSISTED_QUERY_NOT_IN_SAFELIST")

        // A listed hash with some other text is a mismatch, not a way in.
        let smuggled = await gateway.handle(
            post(["query": "{ a: __typename }", "extensions": persisted(listedHash)]))
        XCTAssertEqual(smuggled.status, 400)
        XCTAssertEqual(code(smuggled), "BAD_REQUEST")
    }

    func testPlainObjectManifestIsRead() throws {
        let manifest = try PersistedQueryManifest(
            json: Array("{\"\(listedHash)\": \"{ __typename }\"}".utf8))
        XCTAssertEqual(manifest.entries.map(\.id), [listedHash])
        XCTAssertThrowsError(try PersistedQueryManifest(json: Array("[1]".utf8)))
    }
}
