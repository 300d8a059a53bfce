import Foundation
import HTTP
import JSON
import Postgres
import Redis
import XCTest

@testable import XPSubgraphs

/// With PostgreSQL or Redis gone, a subgraph answers with a clear error and a code,
/// and says nothing of where those servers live.
final class OutageTests: XCTestCase {
    private func ask(_ server: SubgraphServerHandle, _ query: String) async throws -> JSON {
        let response = await server(
            HTTPRequest(
                method: "POST", path: "/graphql",
                headers: ["Content-Type": "application/json", "Accept": "application/json"],
                body: JSON.object(["query": .string(query)]).serializedBytes))
        return try JSONReader.parse(response.body)
    }

    func testDatabaseDownIsServiceUnavailable() async throws {
        let deadPort = freePort()
        let pool = try PostgresPool(
            url: "postgres://postgres@127.0.0.1:\(deadPort)/xpgraph", size: 1)
        defer { pool.close() }
        let redis = try RedisClient(url: "redis://127.0.0.1:\(freePort())")
        defer { redis.close() }
        let users = makeServer(.users, database: pool, redis: redis, jwtSecret: TestStack.secret)

        let body = try await ask(
            users.handle,
            #"{ _entities(representations: [{__typename: "User", id: "1"}]) { ... on User { name } } }"#
        )
        let error = try XCTUnwrap(body["errors"]?[0], body.serialized)
        XCTAssertEqual(error["message"], "The database is unavailable; try again shortly.")
        XCTAssertEqual(error["extensions"]?["code"], "SERVICE_UNAVAILABLE")
        XCTAssertFalse(body.serialized.contains(String(deadPort)), body.serialized)
    }

    func testSessionStoreDownIsServiceUnavailable() async throws {
        var stack = try TestStack()
        defer { stack.stop() }
        try await stack.prepare()
        let deadRedis = try RedisClient(
            url: "redis://127.0.0.1:\(freePort())", connectTimeout: .milliseconds(200))
        defer { deadRedis.close() }
        let auth = makeServer(
            .auth, database: stack.pool, redis: deadRedis, jwtSecret: TestStack.secret)

        let body = try await ask(
            auth.handle,
            #"mutation { login(email: "user1@example.test", password: "demo-password") { accessToken } }"#
        )
        let error = try XCTUnwrap(body["errors"]?[0], body.serialized)
        XCTAssertEqual(error["message"], "The session store is unavailable; try again shortly.")
        XCTAssertEqual(error["extensions"]?["code"], "SERVICE_UNAVAILABLE")
    }
}

typealias SubgraphServerHandle = @Sendable (HTTPRequest) async -> HTTPResponse
