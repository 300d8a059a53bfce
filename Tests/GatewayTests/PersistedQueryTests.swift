import HTTP
import JSON
import XCTest

@testable import Gateway

/// Apollo's automatic persisted queries, without Redis (the in-process cache).
/// Hashes were computed with Python's hashlib.sha256.
final class PersistedQueryTests: XCTestCase {
    /// sha256("{ __typename }")
    let typenameHash = "7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b"

    func persisted(_ hash: String) -> JSON {
        ["persistedQuery": ["version": 1, "sha256Hash": .string(hash)]]
    }

    func testUnknownHashIsPersistedQueryNotFound() async {
        let gateway = GatewayFixtures.makeGateway()
        let response = await gateway.handle(
            GatewayFixtures.post(["extensions": persisted(String(repeating: "ab", count: 32))]))
        XCTAssertEqual(response.firstErrorMessage, "PersistedQueryNotFound")
        XCTAssertEqual(response.firstErrorCode, "PERSISTED_QUERY_NOT_FOUND")
    }

    func testMismatchedHashIsRefused() async {
        let gateway = GatewayFixtures.makeGateway()
        let response = await gateway.handle(
            GatewayFixtures.post([
                "query": "{ __typename }",
                "extensions": persisted(String(repeating: "0", count: 64)),
            ]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.firstErrorMessage, "provided sha does not match query")
    }

    func testRegisteredQueryRunsFromItsHashOverPOSTAndGET() async throws {
        let gateway = GatewayFixtures.makeGateway()
        let register = await gateway.handle(
            GatewayFixtures.post(["query": "{ __typename }", "extensions": persisted(typenameHash)])
        )
        XCTAssertEqual(register.json?["data"], ["__typename": "Query"])

        let byHash = await gateway.handle(
            GatewayFixtures.post(["extensions": persisted(typenameHash)]))
        XCTAssertEqual(byHash.json?["data"], ["__typename": "Query"])

        let overGET = await gateway.handle(
            GatewayFixtures.get(["extensions": persisted(typenameHash).serialized]))
        XCTAssertEqual(overGET.status, 200)
        XCTAssertEqual(overGET.json?["data"], ["__typename": "Query"])
    }
}
