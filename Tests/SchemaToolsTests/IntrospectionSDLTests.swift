import Foundation
import GraphQL
import HTTP
import JSON
import SchemaTools
import XCTest

/// `xpgraph introspect`'s library half against an in-process GraphQL server.
final class IntrospectionSDLTests: XCTestCase {
    static let sdl = #"""
        "A library."
        schema {
          query: Root
          mutation: Change
        }

        "When, in RFC 3339."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        directive @cost(weight: Int = 1, "Why." reason: String) repeatable on FIELD_DEFINITION | OBJECT

        interface Item {
          id: ID!
        }

        "A book with \"quotes\"\nand lines."
        type Book implements Item {
          id: ID!
          title(upper: Boolean = false, locale: String = "en" @deprecated(reason: "Always en.")): String!
          tags: [String!]! @deprecated
          at: DateTime
        }

        type Film implements Item {
          id: ID!
        }

        union Result = Book | Film

        enum Genre {
          "Made up."
          FICTION
          HISTORY @deprecated(reason: "Gone.")
        }

        input Filter {
          genre: Genre = FICTION
          range: [Int!] = [1, 2]
          old: String @deprecated(reason: "No.")
          nested: Nested = {a: 1}
        }

        input Nested @oneOf {
          a: Int
          b: String
        }

        type Root {
          search(filter: Filter): [Result]
          item(id: ID!): Item
        }

        type Change {
          touch: Boolean
        }
        """#

    func testLiveEndpointSDLEqualsThePrintedSchema() async throws {
        let schema = try Schema(sdl: Self.sdl)
        let server = HTTPServer(port: 0) { request in
            guard case .success(let body) = GraphQLOverHTTP.decode(request),
                let mediaType = GraphQLOverHTTP.mediaType(for: request)
            else { return HTTPResponse(status: 400, headers: [], body: []) }
            let result = await graphql(
                schema: schema, source: body.query ?? "", operationName: body.operationName)
            return GraphQLOverHTTP.respond(
                result.json, hasData: result.data != nil, mediaType: mediaType)
        }
        try server.start()
        defer { server.stop() }

        let sdl = try await IntrospectionClient.sdl(
            url: "http://127.0.0.1:\(server.boundPort)/graphql",
            headers: [("Content-Type", "application/json"), ("Accept", "application/json")])
        XCTAssertEqual(sdl, printSchema(schema))
        XCTAssertTrue(sdl.contains("repeatable on FIELD_DEFINITION | OBJECT"))
        XCTAssertTrue(sdl.contains("input Nested @oneOf"))
    }

    func testErrorsAndUnreachableEndpointsAreSentences() async throws {
        XCTAssertThrowsError(
            try IntrospectionSDL.sdl(from: ["errors": [["message": "Not allowed."]]])
        ) { error in
            XCTAssertEqual("\(error)", "The endpoint answered with an error: Not allowed.")
        }
        do {
            _ = try await IntrospectionClient.sdl(
                url: "http://127.0.0.1:9/graphql", headers: [], timeout: 2)
            XCTFail("expected an error")
        } catch let error as ToolError {
            XCTAssertTrue(error.message.hasPrefix("Cannot reach http://127.0.0.1:9/graphql"))
        }
    }
}
