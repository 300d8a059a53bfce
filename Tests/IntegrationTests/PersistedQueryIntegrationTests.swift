import JSON
import Security
import XCTest

/// APQ across two gateways that share one Redis.
final class PersistedQueryIntegrationTests: XCTestCase {
    func testHashRegisteredOnOneGatewayRunsOnAnother() async throws {
        let stack = try await IntegrationStack.shared()
        // A unique text, so the second gateway cannot have seen it before.
        let query = "query Probe\(UInt32.random(in: 0...UInt32.max)) { __typename }"
        let hash = SHA256.hex(query)
        let extensions: JSON = ["persistedQuery": ["version": 1, "sha256Hash": .string(hash)]]

        let before = try await stack.post(["extensions": extensions], to: stack.secondGatewayURL)
        XCTAssertEqual(before.body["errors"]?[0]?["message"], "PersistedQueryNotFound")

        let registered = try await stack.post(["query": .string(query), "extensions": extensions])
        XCTAssertEqual(registered.body["data"], ["__typename": "Query"])

        let byHash = try await stack.post(["extensions": extensions], to: stack.secondGatewayURL)
        XCTAssertEqual(byHash.status, 200)
        XCTAssertEqual(byHash.body["data"], ["__typename": "Query"], byHash.body.serialized)
    }

    func testUnknownHashIsNotFound() async throws {
        let stack = try await IntegrationStack.shared()
        let extensions: JSON = [
            "persistedQuery": [
                "version": 1, "sha256Hash": .string(String(repeating: "e", count: 64)),
            ]
        ]
        let reply = try await stack.post(["extensions": extensions])
        XCTAssertEqual(reply.body["errors"]?[0]?["message"], "PersistedQueryNotFound")
        XCTAssertEqual(
            reply.body["errors"]?[0]?["extensions"]?["code"], "PERSISTED_QUERY_NOT_FOUND")
    }
}
