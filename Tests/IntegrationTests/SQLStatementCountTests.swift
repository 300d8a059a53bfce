import JSON
import XCTest

/// Batching keeps the number of SQL statements independent of page size.
final class SQLStatementCountTests: XCTestCase {
    func statements(first: Int, stack: IntegrationStack, token: String) async throws -> JSON? {
        let query = """
            { me { forms(first: \(first)) { nodes { id title submissions(first: 3) {
                nodes { id user { id name } } } } } } }
            """
        let reply = try await stack.post(
            ["query": .string(query)], token: token, headers: [("X-XPGraph-Debug", "1")])
        XCTAssertNil(reply.body["errors"], reply.body.serialized)
        return reply.body["extensions"]?["xpgraph"]
    }

    func testFormsFirst1AndFirst50CostTheSameStatements() async throws {
        let stack = try await IntegrationStack.shared()
        let token = try await stack.login("user1@example.test")

        let oneReply = try await statements(first: 1, stack: stack, token: token)
        let fiftyReply = try await statements(first: 50, stack: stack, token: token)
        let one = try XCTUnwrap(oneReply)
        let fifty = try XCTUnwrap(fiftyReply)

        let sqlOne = try XCTUnwrap(one["sqlStatements"]?.intValue)
        XCTAssertGreaterThan(sqlOne, 0)
        XCTAssertEqual(fifty["sqlStatements"]?.intValue, sqlOne)
        XCTAssertEqual(fifty["subgraphRequests"], one["subgraphRequests"])
    }

    func testNoDebugExtensionsWithoutTheHeader() async throws {
        let stack = try await IntegrationStack.shared()
        let reply = try await stack.post(["query": "{ __typename }"])
        XCTAssertNil(reply.body["extensions"]?["xpgraph"])
    }
}
