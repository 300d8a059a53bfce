import Foundation
import HTTP
import JSON
import Postgres
import Redis
import Security
import SubgraphKit
import XCTest

@testable import XPSubgraphs

/// A private PostgreSQL and Redis in a temporary folder, migrated and seeded
/// with a small demo set, for one test class.
final class TestStack: @unchecked Sendable {
    static let secret = Array("subgraph-tests-secret-0123456789".utf8)
    static let seedUsers = 40
    /// Today at midnight UTC, so seeded sessions are live whenever the tests run.
    static let seedNow = Int(Date().timeIntervalSince1970) / 86_400 * 86_400

    let folder: String
    var postgres = EmbeddedPostgres()
    var redisServer = EmbeddedRedis()
    let pool: PostgresPool
    let redis: RedisClient
    private var prepared = false
    private(set) var summary: SeedSummary?

    init() throws {
        folder = NSTemporaryDirectory() + "xpgraph-sub-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let databaseURL = try postgres.start(dataDirectory: folder + "/pg", port: freePort())
        let redisURL = try redisServer.start(dataDirectory: folder + "/redis", port: freePort())
        pool = try PostgresPool(url: databaseURL, size: 4)
        redis = try RedisClient(url: redisURL)
    }

    /// Migrates and seeds once; later calls do nothing.
    func prepare() async throws {
        guard !prepared else { return }
        try await migrate(database: pool)
        summary = try await Seeder.seed(
            database: pool, users: Self.seedUsers, seed: 7, now: Self.seedNow)
        prepared = true
    }

    func stop() {
        pool.close()
        postgres.stop()
        redisServer.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func server(_ which: XPSubgraph) -> SubgraphServer {
        makeServer(which, database: pool, redis: redis, jwtSecret: Self.secret)
    }

    /// An access token for a user and session, signed like login's.
    func token(user: Int, session: Int, lifetime: Int = 900, role: String? = nil) -> String {
        let now = Int(Date().timeIntervalSince1970)
        var claims: JSONObject = [
            "sub": .string(String(user)), "sid": .string(String(session)),
            "iat": .int(now), "exp": .int(now + lifetime), "iss": "xpgraph",
        ]
        if let role { claims["role"] = .string(role) }
        return JWTSigner(secret: Self.secret, issuer: "xpgraph").sign(claims: claims)
    }

    /// Runs one operation against a subgraph and returns the response body.
    func graphql(
        _ which: XPSubgraph, _ query: String, variables: JSONObject? = nil, token: String? = nil
    ) async throws -> JSON {
        var payload: JSONObject = ["query": .string(query)]
        if let variables { payload["variables"] = .object(variables) }
        var headers: HTTPHeaders = [
            "Content-Type": "application/json", "Accept": "application/json",
        ]
        if let token { headers.add("Authorization", "Bearer " + token) }
        let response = await server(which).handle(
            HTTPRequest(
                method: "POST", path: "/graphql", headers: headers,
                body: JSON.object(payload).serializedBytes))
        return try JSONReader.parse(response.body)
    }

    func rows(_ sql: String, _ params: [PostgresValue] = []) async throws -> [PostgresRow] {
        try await pool.query(sql, params).rows
    }
}

/// A TCP port nothing listens on at the moment.
func freePort() -> Int {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            _ = bind(socketFD, $0, length)
            _ = getsockname(socketFD, $0, &length)
        }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// A test class with its own stack, started once for all its tests.
class StackTestCase: XCTestCase {
    nonisolated(unsafe) static var stacks: [ObjectIdentifier: TestStack] = [:]

    var stack: TestStack { Self.stacks[ObjectIdentifier(Self.self)]! }

    override class func setUp() {
        super.setUp()
        do {
            stacks[ObjectIdentifier(self)] = try TestStack()
        } catch {
            fatalError("Cannot start the test servers: \(error)")
        }
    }

    override class func tearDown() {
        stacks.removeValue(forKey: ObjectIdentifier(self))?.stop()
        super.tearDown()
    }

    override func setUp() async throws {
        try await stack.prepare()
    }
}
