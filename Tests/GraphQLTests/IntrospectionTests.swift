import GraphQL
import JSON
import XCTest

/// Introspection and SDL printing checked against graphql-js: our answer to
/// `getIntrospectionQuery()` must rebuild (with `buildClientSchema`) into the schema
/// graphql-js builds from the same SDL, and our `printSchema` must print it identically.
final class IntrospectionTests: XCTestCase {
    static let sdl = #"""
        """The schema of a small blog."""
        schema { query: Root mutation: Change }

        "A custom directive, applied where federation would apply its own."
        directive @tag(name: String!, weight: Float = 1.5) repeatable on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION

        directive @cached(
          "Seconds to keep the value."
          ttl: Int = 60
          scopes: [Scope!] = [PUBLIC]
        ) on FIELD_DEFINITION

        """
        Anything with an identifier.

          Indented second paragraph.
        """
        interface Node { id: ID! }

        interface Resource implements Node {
          id: ID!
          "Where it lives."
          url: Url
        }

        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        scalar Cursor

        enum Scope {
          PUBLIC
          "Only for members."
          MEMBERS @deprecated(reason: "Use \"PRIVATE\" instead.")
          PRIVATE
          OLD @deprecated
        }

        """An author with "quotes" and a trailing quote" """
        type Author implements Node & Resource @tag(name: "author") {
          id: ID!
          url: Url
          name(style: Style = {upper: true, prefix: "Dr"}, length: Int): String @tag(name: "name")
          posts(first: Int = 10, after: Cursor, order: [Order!] = [{field: "date", desc: true}]): [Post!]!
          legacy: String @deprecated(reason: "Gone.")
          old: Int @deprecated
        }

        type Post implements Node {
          id: ID!
          title(
            """The language of the title."""
            lang: String = "en"
            fallback: Boolean @deprecated(reason: "Always falls back.")
          ): String!
          score: Float
          ratio(precision: Float = 2, id: ID = 7, idText: ID = "abc"): Float
        }

        union SearchResult = Author | Post

        input Style {
          upper: Boolean = false
          prefix: String
          "Deprecated input field."
          size: Int @deprecated(reason: "Use scale.")
          scale: Float = 1
        }

        input Order { field: String!, desc: Boolean = false }

        type Root {
          node(id: ID!): Node
          search(text: String!, scopes: [Scope] = [PUBLIC, MEMBERS]): [SearchResult]
          author: Author
        }

        type Change { touch(id: ID!): Node }

        extend type Root { version: String }
        extend enum Scope { INTERNAL }
        extend union SearchResult = Root
        """#

    func testIntrospectionRebuildsTheSameSchema() async throws {
        let reference = try GraphQLJS.run(
            """
            const schema = graphql.buildSchema(input.sdl);
            out({
              printed: graphql.printSchema(schema),
              query: graphql.getIntrospectionQuery({
                descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
                schemaDescription: true, inputValueDeprecation: true,
              }),
            });
            """, input: ["sdl": .string(Self.sdl)])
        let expected = try XCTUnwrap(reference["printed"]?.stringValue)
        let query = try XCTUnwrap(reference["query"]?.stringValue)

        let schema = try Schema(sdl: Self.sdl)
        XCTAssertEqual(schema.printed, expected)

        let result = await graphql(schema: schema, source: query)
        XCTAssertEqual(result.errors, [])
        let rebuilt = try GraphQLJS.run(
            """
            const data = input.data;
            // graphql-js 16.6 predates @oneOf; it would print it as a custom directive.
            data.__schema.directives = data.__schema.directives.filter((d) => d.name !== 'oneOf');
            out(graphql.printSchema(graphql.buildClientSchema(data)));
            """, input: ["data": result.data ?? nil])
        XCTAssertEqual(rebuilt.stringValue, expected)
    }

    func testTypeAndTypenameMetaFields() async throws {
        let schema = try Schema(sdl: Self.sdl)
        let result = await graphql(
            schema: schema,
            source: """
                { __typename
                  a: __type(name: "Scope") { kind name enumValues { name } }
                  b: __type(name: "Nope") { name }
                  c: __type(name: "Author") { fields(includeDeprecated: true) { name isDeprecated } }
                  d: __type(name: "Style") { inputFields { name } isOneOf } }
                """)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(
            result.data,
            [
                "__typename": "Root",
                "a": [
                    "kind": "ENUM", "name": "Scope",
                    "enumValues": [["name": "PUBLIC"], ["name": "PRIVATE"], ["name": "INTERNAL"]],
                ],
                "b": nil,
                "c": [
                    "fields": [
                        ["name": "id", "isDeprecated": false],
                        ["name": "url", "isDeprecated": false],
                        ["name": "name", "isDeprecated": false],
                        ["name": "posts", "isDeprecated": false],
                        ["name": "legacy", "isDeprecated": true],
                        ["name": "old", "isDeprecated": true],
                    ]
                ],
                "d": [
                    "inputFields": [["name": "upper"], ["name": "prefix"], ["name": "scale"]],
                    "isOneOf": false,
                ],
            ])
    }
}
