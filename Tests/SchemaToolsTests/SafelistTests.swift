import Federation
import Foundation
import Gateway
import HTTP
import JSON
import NodeSupport
import Observability
import SchemaTools
import XCTest

/// The gateway with `GatewayConfiguration.safelist`: only manifest operations run.
/// Hashes were computed with Python's hashlib.sha256.
final class SafelistTests: XCTestCase {
    /// sha256 of `{ __typename }`.
    let listedHash = "7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b"
    /// sha256 of `{ a: __typename }`.
    let unlistedHash = "f4f8894a5f8f85d6b0e7eab534603e8cc5376c11e15a6c5cbf04d8db3c26670f"

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

    /// `xpgraph gateway --safelist` as a process: the listed query runs, others get 403.
    func testGatewayCommandLoadsTheSafelist() async throws {
        let binary = ProjectFreshnessTests.root.appendingPathComponent(".build/debug/xpgraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingPrerequisite("xpgraph is not built: swift build builds it")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("safelist-cli-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let supergraph = try Composer.compose([
            SubgraphDefinition(
                name: "a", url: "http://127.0.0.1:9/graphql", sdl: "type Query { hello: String }")
        ])
        try supergraph.sdl.write(
            to: directory.appendingPathComponent("s.graphql"), atomically: true, encoding: .utf8)
        try "{\"\(listedHash)\": \"{ __typename }\"}".write(
            to: directory.appendingPathComponent("m.json"), atomically: true, encoding: .utf8)

        let missing = try NodeReference.run(
            binary, ["gateway", "--supergraph", "s.graphql", "--safelist", "none.json"],
            directory: directory.path)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("Cannot read the safelist none.json."))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "gateway", "--supergraph", "s.graphql", "--safelist", "m.json", "--port", "0",
            "--host", "127.0.0.1",
        ]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["XPGRAPH_LOG_LEVEL"] = "error"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let line = try await Task.detached {
            var text = ""
            while !text.contains("\n") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            return text
        }.value
        let url = try XCTUnwrap(
            line.split(separator: " ").last.map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            },
            line)
        let client = HTTPClient(maxConnectionsPerHost: 1)
        let headers = [("Content-Type", "application/json"), ("Accept", "application/json")]
        let listed = try await client.post(
            url: url, headers: headers, body: Array(#"{"query": "{ __typename }"}"#.utf8),
            timeout: 10)
        XCTAssertEqual(listed.status, 200)
        XCTAssertEqual(try JSONReader.parse(listed.body)["data"], ["__typename": "Query"])
        let other = try await client.post(
            url: url, headers: [headers[0], ("Accept", "application/graphql-response+json")],
            body: Array(#"{"query": "{ a: __typename }"}"#.utf8), timeout: 10)
        XCTAssertEqual(other.status, 403)
        XCTAssertEqual(code(other), "OPERATION_NOT_IN_SAFELIST")
    }
}
