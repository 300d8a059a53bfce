import Foundation
import GraphQL
import HTTP
import JSON
import XCTest

@testable import SubgraphKit

/// Federation directives under the names a subgraph links them by.
final class FederationLinkTests: XCTestCase {
    private func build(_ sdl: String) throws -> Schema {
        try Schema(sdl: FederationSchema(sdl: sdl).executableSDL)
    }

    func testImportedRenamedAndPrefixedNames() throws {
        let sdl = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.9",
              import: [{name: "@key", as: "@id"}, "@shareable", "FieldSet"], as: "fed")
            type Product @id(fields: "sku") @fed__tag(name: "public") @shareable {
              sku: String! @fed__cost(weight: 2)
              tags: [String!] @fed__listSize(assumedSize: 10) @fed__authenticated
              secret: String @fed__requiresScopes(scopes: [["admin"]]) @fed__policy(policies: [["p"]])
              old: String @fed__override(from: "legacy", label: "percent(10)")
            }
            type Query { product: Product }
            """
        let federation = try FederationSchema(sdl: sdl)
        XCTAssertEqual(federation.entityTypes, ["Product"])
        let schema = try Schema(sdl: federation.executableSDL)
        XCTAssertNotNil(schema.directives.first { $0.name == "id" })
        XCTAssertNil(schema.directives.first { $0.name == "key" })
        XCTAssertNil(schema.directives.first { $0.name == "fed__key" })
        XCTAssertNotNil(schema.directives.first { $0.name == "fed__composeDirective" })
        XCTAssertNotNil(schema["FieldSet"])
        XCTAssertNotNil(schema["fed__Scope"])
    }

    func testDirectivesNewerThanTheLinkedVersionAreUnknown() throws {
        let sdl = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
            type Product @key(fields: "id") @federation__interfaceObject { id: ID! }
            type Query { product: Product }
            """
        XCTAssertThrowsError(try build(sdl))
        XCTAssertNoThrow(try build(sdl.replacingOccurrences(of: "v2.0", with: "v2.3")))
    }

    func testFederation1SchemaUsesBareNamesAndFieldSetScalar() throws {
        let sdl = """
            type Review @key(fields: "id") { id: ID! author: User @provides(fields: "name") }
            extend type User @key(fields: "id") { id: ID! @external name: String @external }
            extend type Query { reviews: [Review] }
            """
        let federation = try FederationSchema(sdl: sdl)
        XCTAssertEqual(federation.entityTypes, ["Review", "User"])
        let schema = try Schema(sdl: federation.executableSDL)
        XCTAssertNotNil(schema["_FieldSet"])
        XCTAssertNotNil(schema["User"])
    }

    func testUnknownImportAndSecondFederationLinkAreRefused() {
        XCTAssertThrowsError(
            try FederationSchema(
                sdl: """
                    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@nope"])
                    type Query { a: Int }
                    """))
        XCTAssertThrowsError(
            try FederationSchema(
                sdl: """
                    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3")
                      @link(url: "https://specs.apollo.dev/federation/v2.5")
                    type Query { a: Int }
                    """))
    }

    func testEntityInterfacesAreRecognisedButNotUnionMembers() throws {
        let federation = try FederationSchema(
            sdl: """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                interface Node @key(fields: "id") { id: ID! }
                type Book implements Node @key(fields: "id") { id: ID! }
                type Query { node: Node }
                """)
        XCTAssertEqual(federation.entityInterfaces, ["Node"])
        XCTAssertEqual(federation.entityTypes, ["Book"])
    }

    func testEntityErrorsNeedNoSubgraphContextAndTracesFollowTheHeader() async throws {
        let sdl = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Thing @key(fields: "id") { id: ID! }
            type Query { thing: Thing }
            """
        let server = try SubgraphServer(
            name: "things", sdl: sdl, resolvers: ResolverMap(),
            entityResolvers: [
                "Thing": EntityResolver { representation, _ in
                    guard representation["id"] != "bad" else { throw GraphQLError("bad thing") }
                    return JSON.object(["__typename": "Thing", "id": representation["id"]!])
                }
            ]
        ) { _ in "a context that is not a SubgraphContext" }
        let (_, body) = try await post(
            server,
            "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id } } }",
            variables: [
                "r": [["__typename": "Thing", "id": "1"], ["__typename": "Thing", "id": "bad"]]
            ])
        XCTAssertEqual(body["data"]?["_entities"], [["id": "1"], .null])
        XCTAssertEqual(body["errors"]?[0]?["message"], "bad thing")
        XCTAssertEqual(body["errors"]?[0]?["path"], ["_entities", 1])
        XCTAssertNil(body["extensions"]?["ftv1"])
    }

    func testTraceIsBase64OfAProtobufTrace() {
        let text = FederatedTrace.encode(
            start: .init(seconds: 1, nanoseconds: 0), end: .init(seconds: 1, nanoseconds: 5))
        // end_time {1, 5}, start_time {1, 0}, duration_ns 5, root {} (checked with python's base64).
        XCTAssertEqual(text, "GgQIARAFIgQIARAAWAVyAA==")
    }
}
