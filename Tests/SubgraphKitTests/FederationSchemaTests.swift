import GraphQL
import JSON
import XCTest

@testable import SubgraphKit

final class FederationSchemaTests: XCTestCase {
    let sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        type Product @key(fields: "id") @key(fields: "sku") {
          id: ID!
          sku: String
        }

        type Review @key(fields: "id", resolvable: false) {
          id: ID!
        }

        type Shelf @key(fields: "id") {
          id: ID!
          products: [Product!]!
        }
        """

    func testEntityTypesAreTheResolvableKeyTypesInOrder() throws {
        let schema = try FederationSchema(sdl: sdl)
        XCTAssertEqual(schema.entityTypes, ["Product", "Shelf"])
        XCTAssertEqual(schema.queryTypeName, "Query")
    }

    func testAddsQueryWithServiceAndEntitiesWhenTheSDLHasNoQuery() throws {
        let schema = try FederationSchema(sdl: sdl)
        XCTAssertTrue(schema.executableSDL.contains("union _Entity = Product | Shelf"))
        XCTAssertTrue(schema.executableSDL.contains("type Query {\n  _service: _Service!"))
        XCTAssertTrue(
            schema.executableSDL.contains("_entities(representations: [_Any!]!): [_Entity]!"))
        XCTAssertFalse(schema.executableSDL.contains("extend schema"))
        let built = try Schema(document: parse(schema.executableSDL))
        XCTAssertNotNil(built.queryType?.fieldsByName["_entities"])
    }

    func testExtendsAnExistingQueryAndOmitsEntitiesWithoutKeys() throws {
        let schema = try FederationSchema(sdl: "type Query { hello: String }")
        XCTAssertEqual(schema.entityTypes, [])
        XCTAssertTrue(
            schema.executableSDL.contains("extend type Query {\n  _service: _Service!\n}"))
        XCTAssertFalse(schema.executableSDL.contains("_Entity"))
    }
}
