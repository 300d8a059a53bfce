import Federation
import Foundation
import Gateway
import HTTP
import JSON
import Observability
import Postgres
import Redis
import Synchronization
import XCTest
import XPSubgraphs

/// PostgreSQL, Redis, the four subgraphs and two gateways sharing one Redis,
/// started once for every integration test in this process.
final class IntegrationStack: Sendable {
    static let seedUsers = 40

    let databaseURL: String
    let database: PostgresPool
    let redisURL: String
    let client: HTTPClient
    /// The gateway most tests talk to, and a second one on the same Redis.
    let gatewayURL: String
    let secondGatewayURL: String
    let subgraphURLs: [String: String]
    private let servers: [HTTPServer]
    private let embedded: EmbeddedServers

    private static let startup = Task { try await IntegrationStack() }

    /// The running stack; the first caller starts it.
    static func shared() async throws -> IntegrationStack {
        try await startup.value
    }

    private init() async throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("xpgraph-it-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)

        var postgres = EmbeddedPostgres()
        var redisServer = EmbeddedRedis()
        databaseURL = try postgres.start(dataDirectory: root + "/postgres", port: FreePort.find())
        redisURL = try redisServer.start(dataDirectory: root + "/redis", port: FreePort.find())
        embedded = EmbeddedServers(postgres: postgres, redis: redisServer, root: root)
        embedded.stopAtExit()

        database = try PostgresPool(url: databaseURL, size: 4)
        try await migrate(database: database)
        try await Seeder.seed(database: database, users: Self.seedUsers, seed: 7)

        let secret = Array("integration-test-secret-0123456789abcdef".utf8)
        let redis = try RedisClient(url: redisURL)
        let quiet = Logger(level: .error)
        var servers: [HTTPServer] = []
        var urls: [String: String] = [:]
        for which in XPSubgraph.allCases {
            let subgraph = makeServer(which, database: database, redis: redis, jwtSecret: secret)
            let server = HTTPServer(port: 0, handler: subgraph.handle)
            try server.start()
            servers.append(server)
            urls[which.rawValue] = "http://127.0.0.1:\(server.boundPort)/graphql"
        }
        subgraphURLs = urls

        let definitions = XPSubgraph.allCases.map {
            SubgraphDefinition(name: $0.rawValue, url: urls[$0.rawValue]!, sdl: $0.sdl)
        }
        let supergraph = try Composer.compose(definitions)
        var gatewayURLs: [String] = []
        for _ in 0..<2 {
            let gateway = Gateway(
                configuration: GatewayConfiguration(
                    supergraph: supergraph, jwtSecret: secret,
                    redis: try RedisClient(url: redisURL),
                    logger: quiet))
            let server = HTTPServer(port: 0, maxBodyBytes: 8 << 20, handler: gateway.handle)
            try server.start()
            servers.append(server)
            gatewayURLs.append("http://127.0.0.1:\(server.boundPort)/graphql")
        }
        gatewayURL = gatewayURLs[0]
        secondGatewayURL = gatewayURLs[1]
        self.servers = servers
        client = HTTPClient()
    }

    /// POSTs a GraphQL request and returns the status and parsed body.
    func post(
        _ body: JSON, to url: String? = nil, token: String? = nil, headers: [(String, String)] = []
    ) async throws -> (status: Int, body: JSON) {
        try await postRaw(body.serializedBytes, to: url, token: token, headers: headers)
    }

    func postRaw(
        _ body: [UInt8], to url: String? = nil, token: String? = nil,
        headers: [(String, String)] = []
    ) async throws -> (status: Int, body: JSON) {
        var all: [(String, String)] = [
            ("Content-Type", "application/json"), ("Accept", "application/graphql-response+json"),
        ]
        if let token { all.append(("Authorization", "Bearer \(token)")) }
        all += headers
        let response = try await client.post(
            url: url ?? gatewayURL, headers: all, body: body, timeout: 60)
        return (response.status, (try? JSONReader.parse(response.body)) ?? .null)
    }

    /// Signs in as a demo user through the gateway and returns the access token.
    func login(_ email: String) async throws -> String {
        let reply = try await post([
            "query":
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
            "variables": ["e": .string(email), "p": .string(Seeder.demoPassword)],
        ])
        guard let token = reply.body["data"]?["login"]?["accessToken"]?.stringValue else {
            throw IntegrationError("login as \(email) failed: \(reply.body.serialized)")
        }
        return token
    }
}

struct IntegrationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Stops the private servers when the test process exits.
final class EmbeddedServers: Sendable {
    let postgres: EmbeddedPostgres
    let redis: EmbeddedRedis
    let root: String

    init(postgres: EmbeddedPostgres, redis: EmbeddedRedis, root: String) {
        self.postgres = postgres
        self.redis = redis
        self.root = root
    }

    func stopAtExit() {
        EmbeddedServers.registered.withLock { $0 = self }
        atexit {
            guard let servers = EmbeddedServers.registered.withLock({ $0 }) else { return }
            servers.redis.stop()
            servers.postgres.stop()
            try? FileManager.default.removeItem(atPath: servers.root)
        }
    }

    static let registered = Mutex<EmbeddedServers?>(nil)
}
