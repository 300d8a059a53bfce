import HTTP
import JSON
import XCTest

@testable import Gateway

/// Request errors of every stage before execution. Expected messages come from
/// graphql-js 16 (run through node) and the GraphQL-over-HTTP and APQ protocols.
final class GatewayPipelineTests: XCTestCase {
    let gateway = GatewayFixtures.makeGateway()

    func testMalformedJSONIs400() async {
        let response = await gateway.handle(
            GatewayFixtures.post(raw: Array(#"{"query": "{ me "#.utf8)))
        XCTAssertEqual(response.status, 400)
    }

    func testSyntaxErrorIs400WithTheGraphQLJSMessage() async {
        let response = await gateway.handle(GatewayFixtures.post(["query": "{ me {"]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.firstErrorMessage, "Syntax Error: Expected Name, found <EOF>.")
        XCTAssertEqual(response.json?["errors"]?[0]?["locations"], [["line": 1, "column": 7]])
        XCTAssertEqual(response.firstErrorCode, "GRAPHQL_PARSE_FAILED")
    }

    func testUnknownFieldIs400() async {
        let response = await gateway.handle(GatewayFixtures.post(["query": "{ nope }"]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.firstErrorMessage, #"Cannot query field "nope" on type "Query"."#)
        XCTAssertEqual(response.firstErrorCode, "GRAPHQL_VALIDATION_FAILED")
    }

    func testWrongVariableTypeIs400() async {
        let response = await gateway.handle(
            GatewayFixtures.post([
                "query": "query Q($n: Int) { forms(first: $n) { totalCount } }",
                "variables": ["n": "x"],
            ]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(
            response.firstErrorMessage,
            #"Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x""#)
    }

    func testUnknownOperationNameIs400() async {
        let response = await gateway.handle(
            GatewayFixtures.post(["query": "query A { __typename }", "operationName": "X"]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.firstErrorMessage, #"Unknown operation named "X"."#)
    }

    func testDeepNestingIsRefusedAndTheGatewayKeepsServing() async {
        let depth = 10_000
        let query = String(repeating: "{ me ", count: depth) + String(repeating: "}", count: depth)
        let response = await gateway.handle(GatewayFixtures.post(["query": .string(query)]))
        XCTAssertEqual(response.status, 400)
        XCTAssertNotNil(response.firstErrorMessage)

        let next = await gateway.handle(GatewayFixtures.post(["query": "{ __typename }"]))
        XCTAssertEqual(next.json?["data"], ["__typename": "Query"])
    }

    func testMutationOverGETIs405AllowPOST() async {
        let response = await gateway.handle(
            GatewayFixtures.get(["query": "mutation { logout }"]))
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.header("Allow"), "POST")
    }

    func testInvalidBearerTokenIsUnauthenticated() async {
        let response = await gateway.handle(
            GatewayFixtures.post(
                ["query": "{ __typename }"], headers: [("Authorization", "Bearer not.a.jwt")]))
        XCTAssertEqual(response.status, 401)
        XCTAssertEqual(response.firstErrorCode, "UNAUTHENTICATED")
    }

    func testHealthAndMetrics() async {
        _ = await gateway.handle(GatewayFixtures.post(["query": "{ __typename }"]))
        let health = await gateway.handle(HTTPRequest(method: "GET", path: "/health"))
        XCTAssertEqual(health.json, ["status": "ok"])

        let metrics = await gateway.handle(HTTPRequest(method: "GET", path: "/metrics"))
        XCTAssertTrue(
            metrics.text.contains(#"xpgraph_requests_total{status="200"} 1"#), metrics.text)
        XCTAssertTrue(metrics.text.contains("xpgraph_request_duration_seconds_count 1"))
    }
}
