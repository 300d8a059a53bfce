import GraphQL
import JSON
import XCTest

/// `@oneOf` input objects (spec draft, graphql-js 16.9+): introspection and coercion.
/// graphql-js 16.6 on this machine predates them, so expected values come from the spec text.
final class IntrospectionOneOfTests: XCTestCase {
    static let sdl = """
        input By @oneOf { id: ID, email: String }
        input Plain { id: ID }
        type Query { user(by: By!): String, plain(p: Plain): String }
        """

    func testIntrospectionShowsOneOf() async throws {
        let schema = try Schema(sdl: Self.sdl)
        let result = await graphql(
            schema: schema,
            source: """
                { by: __type(name: "By") { isOneOf } plain: __type(name: "Plain") { isOneOf }
                  query: __type(name: "Query") { isOneOf }
                  __schema { directives { name locations args { name } } } }
                """)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.data?["by"], ["isOneOf": true])
        XCTAssertEqual(result.data?["plain"], ["isOneOf": false])
        XCTAssertEqual(result.data?["query"], ["isOneOf": nil])
        let directives = result.data?["__schema"]?["directives"]?.arrayValue ?? []
        XCTAssertEqual(
            directives.first { $0["name"] == "oneOf" },
            ["name": "oneOf", "locations": ["INPUT_OBJECT"], "args": []])
    }

    func testVariablesMustGiveExactlyOneNonNullField() async throws {
        let schema = try Schema(sdl: Self.sdl)
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "user") { JSON.object($0.arguments).serialized }
        func run(_ by: JSON) async -> ExecutionResult {
            await graphql(
                schema: schema, resolvers: resolvers,
                source: "query ($by: By!) { user(by: $by) }", variables: ["by": by])
        }
        let one = await run(["email": "a@b"])
        XCTAssertEqual(one.data, ["user": #"{"by":{"email":"a@b"}}"#])

        let two = await run(["id": "1", "email": "a@b"])
        XCTAssertEqual(
            two.errors.map(\.message),
            [
                #"Variable "$by" got invalid value { id: "1", email: "a@b" }; Exactly one key must be specified for OneOf type "By"."#
            ])
        let none = await run([:])
        XCTAssertEqual(
            none.errors.map(\.message),
            [
                #"Variable "$by" got invalid value {}; Exactly one key must be specified for OneOf type "By"."#
            ])
        let null = await run(["id": nil])
        XCTAssertEqual(
            null.errors.map(\.message),
            [#"Variable "$by" got invalid value null at "by.id"; Field "id" must be non-null."#])
    }
}
