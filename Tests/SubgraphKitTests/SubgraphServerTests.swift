import GraphQL
import HTTP
import JSON
import XCTest

@testable import SubgraphKit

/// A subgraph with products kept in memory; the entity batch counts as one
/// SQL statement so the statement figure can be checked.
final class SubgraphServerTests: XCTestCase {
    static let sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Product @key(fields: "id") {
          id: ID!
          name: String!
        }

        type Query {
          product(id: ID!): Product
        }
        """

    static let products: [String: String] = ["1": "Lamp", "2": "Desk"]

    func makeServer() throws -> SubgraphServer {
        var resolvers = ResolverMap()
        resolvers.set("Query", "product") { field in
            let context = field.context as! RequestContext
            context.countStatement()
            guard let id = field.arguments["id"]?.stringValue, let name = Self.products[id] else {
                return nil
            }
            return JSON.object(["__typename": "Product", "id": .string(id), "name": .string(name)])
        }
        let entities: [String: EntityResolver] = [
            "Product": EntityResolver { representations, context in
                (context as! RequestContext).countStatement()
                return representations.map { representation in
                    guard let id = representation["id"]?.stringValue else {
                        return .failure(GraphQLError("A Product representation needs an id."))
                    }
                    guard let name = Self.products[id] else { return .success(nil) }
                    return .success(
                        JSON.object([
                            "__typename": "Product", "id": .string(id), "name": .string(name),
                        ]))
                }
            }
        ]
        return try SubgraphServer(
            name: "products", sdl: Self.sdl, resolvers: resolvers, entityResolvers: entities
        ) { _ in RequestContext(identity: nil) }
    }

    func testServiceReturnsTheSDLAsWritten() async throws {
        let (status, body) = try await post(makeServer(), "{ _service { sdl } }")
        XCTAssertEqual(status, 200)
        XCTAssertEqual(body["data"]?["_service"]?["sdl"], .string(Self.sdl))
    }

    func testEntitiesAnswerInOrderWithNullsAndErrorsPerEntity() async throws {
        let query = """
            query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id name } } }
            """
        let representations: JSON = [
            ["__typename": "Product", "id": "2"],
            ["__typename": "Product", "id": "9"],
            ["__typename": "Shelf", "id": "1"],
            ["__typename": "Product"],
            ["__typename": "Product", "id": "1"],
        ]
        let (_, body) = try await post(makeServer(), query, variables: ["r": representations])
        XCTAssertEqual(
            body["data"]?["_entities"],
            [["id": "2", "name": "Desk"], nil, nil, nil, ["id": "1", "name": "Lamp"]])
        let errors = body["errors"]?.arrayValue ?? []
        XCTAssertEqual(errors.map { $0["path"] }, [["_entities", 2], ["_entities", 3]])
        XCTAssertEqual(
            errors.map { $0["message"] },
            [
                "Type \"Shelf\" is not an entity of this subgraph.",
                "A Product representation needs an id.",
            ])
        XCTAssertEqual(body["extensions"]?["xpgraph"]?["sqlStatements"], 1)
    }

    func testEveryResponseCountsStatements() async throws {
        let (_, body) = try await post(
            makeServer(), "{ a: product(id: \"1\") { name } b: product(id: \"3\") { name } }")
        XCTAssertEqual(body["data"], ["a": ["name": "Lamp"], "b": nil])
        XCTAssertEqual(body["extensions"]?["xpgraph"]?["sqlStatements"], 2)
    }

    func testValidationErrorsAre400ForGraphQLResponseJSON() async throws {
        let (status, body) = try await post(
            makeServer(), "{ nope }", accept: "application/graphql-response+json")
        XCTAssertEqual(status, 400)
        XCTAssertEqual(
            body["errors"]?[0]?["message"], "Cannot query field \"nope\" on type \"Query\".")
    }

    func testHealth() async throws {
        let response = try await makeServer().handle(HTTPRequest(method: "GET", path: "/health"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(try JSONReader.parse(response.body)["status"], "ok")
    }
}
