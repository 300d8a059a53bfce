import JSON
import XCTest

@testable import HTTP

final class GraphQLOverHTTPTests: XCTestCase {
    private func post(
        _ body: String, contentType: String? = "application/json",
        accept: String? = "application/graphql-response+json"
    ) -> HTTPRequest {
        var headers = HTTPHeaders()
        if let contentType { headers.add("Content-Type", contentType) }
        if let accept { headers.add("Accept", accept) }
        return HTTPRequest(
            method: "POST", path: "/graphql", headers: headers, body: Array(body.utf8))
    }

    private func get(_ target: String, accept: String? = nil) -> HTTPRequest {
        HTTPRequest(
            method: "GET", target: target,
            headers: accept.map { HTTPHeaders([("Accept", $0)]) } ?? HTTPHeaders())
    }

    private func decoded(_ request: HTTPRequest) throws -> GraphQLHTTPRequest {
        try GraphQLOverHTTP.decode(request).get()
    }

    /// The status and the single error message of a refused request.
    private func refusal(_ request: HTTPRequest) -> (Int, String?, String?) {
        guard case .failure(let response) = GraphQLOverHTTP.decode(request) else {
            return (0, nil, nil)
        }
        let body = try? JSONReader.parse(response.body)
        return (
            response.status, response.header("Content-Type"),
            body?["errors"]?[0]?["message"]?.stringValue
        )
    }

    // MARK: Accept negotiation

    func testNegotiation() {
        let cases: [(String?, ResponseMediaType?)] = [
            // After GraphQL over HTTP's 2025 watershed, no preference means the new type.
            (nil, .graphQLResponse),
            ("", .graphQLResponse),
            ("application/graphql-response+json", .graphQLResponse),
            ("application/json", .json),
            ("*/*", .graphQLResponse),
            ("application/*", .graphQLResponse),
            ("application/json, */*", .json),
            ("application/json, application/*;q=0.9", .json),
            ("application/graphql-response+json, application/json", .graphQLResponse),
            ("application/json, application/graphql-response+json", .graphQLResponse),
            ("application/graphql-response+json;q=0.5, application/json", .json),
            (
                "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
                .graphQLResponse
            ),
            ("application/json;q=0, */*", .graphQLResponse),
            ("application/graphql-response+json;q=0, application/json;q=0, */*", nil),
            ("application/json;q=0", nil),
            ("text/html", nil),
            ("application/json; charset=latin1", nil),
            ("text/html, */*;q=0.1", .graphQLResponse),
        ]
        for (accept, expected) in cases {
            XCTAssertEqual(ResponseMediaType.negotiate(accept: accept), expected, accept ?? "nil")
        }
    }

    func testNotAcceptableIs406() {
        let (status, type, message) = refusal(post(#"{"query":"{a}"}"#, accept: "text/html"))
        XCTAssertEqual(status, 406)
        XCTAssertEqual(type, "application/json; charset=utf-8")
        XCTAssertNotNil(message)
    }

    // MARK: POST

    func testPostWithAllParameters() throws {
        let request = try decoded(
            post(
                #"{"query":"query Q($x: Int) { a(x: $x) }","operationName":"Q","variables":{"x":1},"extensions":{"e":true}}"#,
                contentType: "application/json; charset=UTF-8"))
        XCTAssertEqual(
            request,
            GraphQLHTTPRequest(
                query: "query Q($x: Int) { a(x: $x) }", operationName: "Q", variables: ["x": 1],
                extensions: ["e": true], isGET: false))
    }

    func testNullParametersAreAbsent() throws {
        let request = try decoded(
            post(#"{"query":"{a}","operationName":null,"variables":null,"extensions":null}"#))
        XCTAssertEqual(request, GraphQLHTTPRequest(query: "{a}"))
    }

    func testPersistedQueryWithoutQuery() throws {
        let request = try decoded(
            post(#"{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}"#))
        XCTAssertNil(request.query)
        XCTAssertTrue(request.hasPersistedQuery)
    }

    func testApplicationGraphQLBody() throws {
        var request = post("{ a }", contentType: "application/graphql")
        request.query = ["operationName": "Op"]
        XCTAssertEqual(
            try decoded(request), GraphQLHTTPRequest(query: "{ a }", operationName: "Op"))
    }

    func testUnparsableJSONIs400ForBothMediaTypes() {
        for accept in ["application/graphql-response+json", "application/json"] {
            let (status, _, message) = refusal(post(#"{"query": "#, accept: accept))
            XCTAssertEqual(status, 400, accept)
            XCTAssertTrue(message?.hasPrefix("Body is not valid JSON") ?? false, message ?? "nil")
        }
        XCTAssertEqual(refusal(post("")).0, 400)
    }

    func testBodyMustBeAnObject() {
        XCTAssertEqual(refusal(post(#"["query"]"#)).0, 400)
        XCTAssertEqual(refusal(post(#""{a}""#, accept: "application/json")).0, 400)
        XCTAssertEqual(refusal(post(#"["query"]"#)).2, "Body must be a JSON object.")
    }

    func testInvalidParametersAre400WithGraphQLResponseAnd200WithJSON() {
        let bodies = [
            #"{"notquery":"{a}"}"#, #"{"query":null}"#, #"{"query":1}"#, #"{"query":{"a":1}}"#,
            #"{"query":false}"#, #"{"query":["{a}"]}"#,
            #"{"query":"{a}","operationName":1}"#, #"{"query":"{a}","operationName":{}}"#,
            #"{"query":"{a}","variables":"{}"}"#, #"{"query":"{a}","variables":[]}"#,
            #"{"query":"{a}","variables":0}"#, #"{"query":"{a}","extensions":"x"}"#,
            #"{"query":"{a}","extensions":false}"#,
        ]
        for body in bodies {
            let strict = refusal(post(body))
            XCTAssertEqual(strict.0, 400, body)
            XCTAssertEqual(strict.1, "application/graphql-response+json; charset=utf-8", body)
            XCTAssertNotNil(strict.2, body)
            let legacy = refusal(post(body, accept: "application/json"))
            XCTAssertEqual(legacy.0, 200, body)
            XCTAssertEqual(legacy.1, "application/json; charset=utf-8", body)
            XCTAssertNotNil(legacy.2, body)
        }
        XCTAssertEqual(refusal(post(#"{"variables":{}}"#)).2, "Must provide query string.")
        XCTAssertEqual(
            refusal(post(#"{"query":"{a}","variables":[]}"#)).2,
            #"The "variables" parameter must be an object."#)
    }

    func testContentTypes() {
        XCTAssertEqual(refusal(post(#"{"query":"{a}"}"#, contentType: nil)).0, 415)
        XCTAssertEqual(refusal(post(#"{"query":"{a}"}"#, contentType: "text/plain")).0, 415)
        XCTAssertEqual(
            refusal(post(#"{"query":"{a}"}"#, contentType: "application/json; charset=iso-8859-1"))
                .0, 415)
        XCTAssertEqual(
            refusal(post(#"{"query":"{a}"}"#, contentType: "text/plain")).2,
            #"Unsupported Content-Type "text/plain"; send application/json."#)
    }

    func testOtherMethodsAre405() {
        guard
            case .failure(let response) = GraphQLOverHTTP.decode(
                HTTPRequest(method: "PUT", path: "/graphql"))
        else { return XCTFail("PUT accepted") }
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.header("Allow"), "GET, POST")
    }

    // MARK: GET

    func testGetWithURLEncodedParameters() throws {
        let variables = URLQuery.encode(#"{"id":"QVBJcy5ndXJ1"}"#)
        let query = URLQuery.encode("query Q($id: ID!) { user(id: $id) { name } }")
        let request = try decoded(
            get("/graphql?query=\(query)&variables=\(variables)&operationName=Q&extensions="))
        XCTAssertEqual(
            request,
            GraphQLHTTPRequest(
                query: "query Q($id: ID!) { user(id: $id) { name } }", operationName: "Q",
                variables: ["id": "QVBJcy5ndXJ1"], isGET: true))
    }

    func testGetPlusIsSpace() throws {
        XCTAssertEqual(
            try decoded(get("/graphql?query=%7B+__typename+%7D")).query, "{ __typename }")
    }

    func testGetWithBadVariables() {
        XCTAssertEqual(
            refusal(
                get(
                    "/graphql?query=%7Ba%7D&variables=%7B",
                    accept: "application/graphql-response+json")
            ).0, 400)
        XCTAssertEqual(
            refusal(get("/graphql?query=%7Ba%7D&variables=%7B", accept: "application/json")).0,
            200)
        XCTAssertEqual(refusal(get("/graphql?query=%7Ba%7D&variables=%7B")).0, 400)
        XCTAssertEqual(
            refusal(get("/graphql?query=%7Ba%7D&variables=%5B%5D")).2,
            #"The "variables" parameter must be an object."#)
        XCTAssertEqual(refusal(get("/graphql")).2, "Must provide query string.")
    }

    func testGetPersistedQueryOnly() throws {
        let extensions = URLQuery.encode(#"{"persistedQuery":{"version":1,"sha256Hash":"ab"}}"#)
        let request = try decoded(get("/graphql?extensions=\(extensions)"))
        XCTAssertNil(request.query)
        XCTAssertTrue(request.isGET)
        XCTAssertEqual(request.extensions?["persistedQuery"]?["sha256Hash"], "ab")
    }

    func testMutationOverGetHelper() {
        let response = GraphQLOverHTTP.methodNotAllowedForMutation()
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.header("allow"), "POST")
        XCTAssertEqual(
            try JSONReader.parse(response.body)["errors"]?[0]?["message"]?.stringValue?.isEmpty,
            false)
    }

    // MARK: respond

    func testRespondStatusFollowsMediaType() {
        let withData: JSON = ["data": ["a": 1]]
        let withoutData: JSON = ["errors": [["message": "Syntax Error: Unexpected <EOF>."]]]

        let ok = GraphQLOverHTTP.respond(withData, hasData: true, mediaType: .graphQLResponse)
        XCTAssertEqual(ok.status, 200)
        XCTAssertEqual(
            ok.header("content-type"), "application/graphql-response+json; charset=utf-8")
        XCTAssertEqual(ok.text, #"{"data":{"a":1}}"#)

        XCTAssertEqual(
            GraphQLOverHTTP.respond(withoutData, hasData: false, mediaType: .graphQLResponse)
                .status, 400)
        let legacy = GraphQLOverHTTP.respond(withoutData, hasData: false, mediaType: .json)
        XCTAssertEqual(legacy.status, 200)
        XCTAssertEqual(legacy.header("Content-Type"), "application/json; charset=utf-8")
        XCTAssertEqual(legacy.text, #"{"errors":[{"message":"Syntax Error: Unexpected <EOF>."}]}"#)
    }
}
