import Foundation
import HTTP
import JSON
import Security
import XCTest

/// The README's way in: `xpgraph serve` as a process, a second `xpgraph gateway`
/// process on its Redis, then Ctrl-C.
final class ServeProcessTests: XCTestCase {
    /// The xpgraph binary built beside this test bundle.
    private var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("xpgraph").path
    }

    func testServeThenSecondGatewayThenInterrupt() async throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            XCTFail("\(binary) is missing: swift build must build the xpgraph product first")
            return
        }
        let folder = NSTemporaryDirectory() + "xpgraph-serve-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let port = FreePort.find()
        let redisPort = FreePort.find()
        let subgraphBase = 20_000 + Int.random(in: 0..<20_000)

        let serve = try launch(
            [
                "serve", "--data", folder + "/data", "--port", String(port),
                "--subgraph-port", String(subgraphBase), "--pg-port", String(FreePort.find()),
                "--redis-port", String(redisPort), "--users", "30",
            ], in: folder)
        defer { if serve.isRunning { serve.terminate() } }
        let client = HTTPClient()
        let url = "http://127.0.0.1:\(port)/graphql"
        try await waitForHealth("http://127.0.0.1:\(port)/health", client: client, process: serve)

        let login = try await post(
            client, url,
            [
                "query":
                    #"mutation { login(email: "user1@example.test", password: "demo-password") { accessToken } }"#
            ])
        let token = try XCTUnwrap(
            login["data"]?["login"]?["accessToken"]?.stringValue, login.serialized)

        let query = "query ServeProbe { me { email forms(first: 2) { totalCount } } }"
        let hash = SHA256.hex(query)
        let persisted: JSON = ["persistedQuery": ["version": 1, "sha256Hash": .string(hash)]]
        let first = try await post(
            client, url, ["query": .string(query), "extensions": persisted], token: token)
        XCTAssertEqual(first["data"]?["me"]?["email"], "user1@example.test", first.serialized)

        let gatewayPort = FreePort.find()
        var gatewayArguments = [
            "gateway", "--port", String(gatewayPort), "--redis", "redis://127.0.0.1:\(redisPort)",
            "--jwt-secret-file", folder + "/data/jwt-secret",
        ]
        for (offset, name) in ["users", "auth", "forms", "gps"].enumerated() {
            gatewayArguments += [
                "--subgraph", "\(name)=http://127.0.0.1:\(subgraphBase + offset)/graphql",
            ]
        }
        let gateway = try launch(gatewayArguments, in: folder)
        defer { if gateway.isRunning { gateway.terminate() } }
        try await waitForHealth(
            "http://127.0.0.1:\(gatewayPort)/health", client: client, process: gateway)
        let byHash = try await post(
            client, "http://127.0.0.1:\(gatewayPort)/graphql", ["extensions": persisted],
            token: token)
        XCTAssertEqual(byHash["data"], first["data"], byHash.serialized)
        let unknown: JSON = [
            "persistedQuery": [
                "version": 1, "sha256Hash": .string(String(repeating: "0", count: 64)),
            ]
        ]
        let missing = try await post(
            client, "http://127.0.0.1:\(gatewayPort)/graphql", ["extensions": unknown])
        XCTAssertEqual(
            missing["errors"]?[0]?["extensions"]?["code"], "PERSISTED_QUERY_NOT_FOUND")

        gateway.interrupt()
        serve.interrupt()
        let exited = await waitForExit(serve, seconds: 60)
        XCTAssertTrue(exited, "serve did not stop within 60 s of Ctrl-C")
        XCTAssertEqual(serve.terminationStatus, 0)
        XCTAssertFalse(isListening(redisPort), "the private Redis outlived serve")
    }

    private func launch(_ arguments: [String], in folder: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        for name in ["DATABASE_URL", "REDIS_URL", "XPGRAPH_JWT_SECRET"] {
            environment[name] = nil
        }
        environment["XPGRAPH_LOG_LEVEL"] = "warn"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return process
    }

    private func waitForHealth(_ url: String, client: HTTPClient, process: Process) async throws {
        for _ in 0..<600 {
            guard process.isRunning else {
                throw IntegrationError("\(process.arguments?.first ?? "") exited early")
            }
            if let reply = try? await client.get(url: url, headers: [], timeout: 1),
                reply.status == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw IntegrationError("\(url) did not answer within 120 s")
    }

    private func post(_ client: HTTPClient, _ url: String, _ body: JSON, token: String? = nil)
        async throws -> JSON
    {
        var headers = [("Content-Type", "application/json")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        let response = try await client.post(
            url: url, headers: headers, body: body.serializedBytes, timeout: 30)
        return try JSONReader.parse(response.body)
    }

    private func waitForExit(_ process: Process, seconds: Int) async -> Bool {
        for _ in 0..<(seconds * 10) {
            if !process.isRunning { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    private func isListening(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
