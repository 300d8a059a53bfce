import GraphQL
import JSON
import XCTest

/// The response form of errors follows graphql-js `toJSON`.
final class LanguageErrorTests: XCTestCase {
    func testJSONOmitsEmptyMembers() {
        XCTAssertEqual(GraphQLError("Boom.").json, ["message": "Boom."])
    }

    func testJSONListsLocationsPathAndExtensions() {
        let error = GraphQLError(
            "Boom.", locations: [SourceLocation(line: 2, column: 3)], path: [.key("a"), .index(0)],
            extensions: ["code": "BAD"])
        XCTAssertEqual(
            error.json.serialized,
            #"{"message":"Boom.","locations":[{"line":2,"column":3}],"path":["a",0],"extensions":{"code":"BAD"}}"#
        )
    }

    func testLocatingRanges() {
        let source = Source("{\n  a\n  b\n}")
        let error = GraphQLError(
            "Two.", at: [SourceRange(start: 4, end: 5), nil, SourceRange(start: 8, end: 9)],
            in: source)
        XCTAssertEqual(
            error.locations,
            [SourceLocation(line: 2, column: 3), SourceLocation(line: 3, column: 3)])
    }
}
