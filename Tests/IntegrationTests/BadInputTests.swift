import JSON
import XCTest

/// Hostile or broken requests get the right status and never stop the gateway.
final class BadInputTests: XCTestCase {
    func assertStillServing(
        _ stack: IntegrationStack, file: StaticString = #filePath, line: UInt = #line
    ) async throws {
        let reply = try await stack.post(["query": "{ __typename }"])
        XCTAssertEqual(reply.body["data"], ["__typename": "Query"], file: file, line: line)
    }

    func testEachBadRequestGetsItsStatus() async throws {
        let stack = try await IntegrationStack.shared()
        let deep = 10_000
        let cases: [(name: String, body: [UInt8], status: Int, message: String?)] = [
            ("malformed JSON", Array(#"{"query": "{ me "#.utf8), 400, nil),
            (
                "syntax error", JSON.object(["query": "{ me {"]).serializedBytes, 400,
                "Syntax Error: Expected Name, found <EOF>."
            ),
            (
                "unknown field", JSON.object(["query": "{ nope }"]).serializedBytes, 400,
                #"Cannot query field "nope" on type "Query"."#
            ),
            (
                "wrong variable type",
                JSON.object([
                    "query": "query Q($n: Int) { forms(first: $n) { totalCount } }",
                    "variables": ["n": "x"],
                ]).serializedBytes, 400,
                #"Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x""#
            ),
            (
                "10,000-deep query",
                JSON.object([
                    "query": .string(
                        String(repeating: "{ me ", count: deep)
                            + String(repeating: "}", count: deep))
                ]).serializedBytes, 400, nil
            ),
        ]
        for item in cases {
            let reply = try await stack.postRaw(item.body)
            XCTAssertEqual(reply.status, item.status, "\(item.name): \(reply.body.serialized)")
            if let message = item.message {
                XCTAssertEqual(
                    reply.body["errors"]?[0]?["message"]?.stringValue, message, item.name)
            }
            try await assertStillServing(stack)
        }
    }

    func testFiftyMegabyteBodyIs413() async throws {
        let stack = try await IntegrationStack.shared()
        var body = Array(#"{"query":"{ __typename }","variables":{"pad":""#.utf8)
        body += [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        body += Array(#""}}"#.utf8)

        let reply = try await stack.postRaw(body)
        XCTAssertEqual(reply.status, 413)
        XCTAssertEqual(
            reply.body["errors"]?[0]?["message"], "Request body is larger than 8388608 bytes.")
        try await assertStillServing(stack)
    }

    func testTwoAnonymousOperationsIsTheValidationError() async throws {
        let stack = try await IntegrationStack.shared()
        let reply = try await stack.post(["query": "{ __typename } { __typename }"])
        XCTAssertEqual(reply.status, 400)
        XCTAssertEqual(
            reply.body["errors"]?[0]?["message"],
            "This anonymous operation must be the only defined operation.")
        XCTAssertEqual(reply.body["errors"]?.arrayValue?.count, 2)
    }

    func testSubscriptionIsRefusedPlainly() async throws {
        let stack = try await IntegrationStack.shared()
        let reply = try await stack.post([
            "query": #"subscription { locationUpdated(userId: "1") { latitude } }"#
        ])
        XCTAssertEqual(reply.status, 400)
        XCTAssertEqual(
            reply.body["errors"]?[0]?["extensions"]?["code"], "SUBSCRIPTIONS_NOT_SUPPORTED")
        try await assertStillServing(stack)
    }

    /// Twelve fragments, each spreading the next eight times: 8^12 fields once expanded
    /// from under a kilobyte of text. Refused before the planner walks it.
    func testFragmentFanOutIsRefusedBeforeAnyWork() async throws {
        let stack = try await IntegrationStack.shared()
        var text = "query Bomb { ...F0 }\n"
        for level in 0..<12 {
            let next = String(repeating: " ...F\(level + 1)", count: 8)
            text += "fragment F\(level) on Query {\(next) }\n"
        }
        text += "fragment F12 on Query { __typename }\n"
        let reply = try await stack.post(["query": .string(text)])
        XCTAssertEqual(reply.status, 400, reply.body.serialized)
        XCTAssertEqual(reply.body["errors"]?[0]?["extensions"]?["code"], "OPERATION_TOO_LARGE")
        try await assertStillServing(stack)

        let modest =
            "query Ok { ...A ...A } fragment A on Query { ...B ...B } fragment B on Query { __typename }"
        let fine = try await stack.post(["query": .string(modest)])
        XCTAssertEqual(fine.body["data"], ["__typename": "Query"], fine.body.serialized)
    }
}
