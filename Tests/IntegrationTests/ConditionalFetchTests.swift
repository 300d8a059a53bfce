import JSON
import XCTest

/// A fragment's @include decides whether its subgraph is asked at all.
final class ConditionalFetchTests: XCTestCase {
    func testFragmentIncludeSkipsTheFormsFetch() async throws {
        let stack = try await IntegrationStack.shared()
        let token = try await stack.login("user1@example.test")
        let query =
            "query B($x: Boolean!) { me { name ... @include(if: $x) { forms { totalCount } } } }"
        var requests: [Bool: Int] = [:]
        for include in [false, true] {
            let reply = try await stack.post(
                ["query": .string(query), "variables": ["x": .bool(include)]], token: token,
                headers: [("X-XPGraph-Debug", "1")])
            XCTAssertNil(reply.body["errors"], reply.body.serialized)
            let me = try XCTUnwrap(reply.body["data"]?["me"], reply.body.serialized)
            XCTAssertNotNil(me["name"]?.stringValue)
            XCTAssertEqual(me["forms"] != nil, include, reply.body.serialized)
            requests[include] = reply.body["extensions"]?["xpgraph"]?["subgraphRequests"]?.intValue
        }
        XCTAssertEqual(requests[true], (requests[false] ?? 0) + 1, "\(requests)")
    }
}
