import Federation
import Foundation
import GraphQL
import XCTest

final class CompositionTests: XCTestCase {
    func testComposesXPSubgraphs() throws {
        let supergraph = try Composer.compose(Fixture.xpSubgraphs)
        Fixture.record("xp/supergraph.graphql", supergraph.sdl)
        XCTAssertEqual(supergraph.sdl, Fixture.text("xp/supergraph.graphql"))
        XCTAssertEqual(supergraph.subgraphs.map(\.name), ["auth", "forms", "gps", "users"])
    }

    func testComposesBenchmarkFed1Subgraphs() throws {
        let supergraph = try Composer.compose(Fixture.benchSubgraphs)
        Fixture.record("bench/supergraph.graphql", supergraph.sdl)
        XCTAssertEqual(supergraph.sdl, Fixture.text("bench/supergraph.graphql"))
    }
}

extension CompositionTests {
    /// Each folder under Fixtures/composition breaks one rule; expected.txt lists
    /// `CODE subgraph...` lines.
    func testBrokenSubgraphsFailWithTheirCodes() throws {
        let root = Fixture.directory.appendingPathComponent("composition")
        let cases = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 26)
        for name in cases {
            let files = try FileManager.default.contentsOfDirectory(
                atPath: root.appendingPathComponent(name).path)
            let subgraphs = files.filter { $0.hasSuffix(".graphql") }.sorted().map { file in
                let subgraph = String(file.dropLast(".graphql".count))
                return SubgraphDefinition(
                    name: subgraph, url: "http://\(subgraph)",
                    sdl: Fixture.text("composition/\(name)/\(file)"))
            }
            do {
                _ = try Composer.compose(subgraphs)
                XCTFail("\(name): composed")
            } catch let failure as CompositionErrors {
                // `CODE subgraph... at subgraph:line:column...`
                let actual = failure.errors.map {
                    ([$0.code] + $0.subgraphs).joined(separator: " ")
                        + ($0.locations.isEmpty ? "" : " at " + $0.locations.joined(separator: " "))
                }
                Fixture.record(
                    "composition/\(name)/expected.txt", actual.joined(separator: "\n") + "\n")
                let expected = Fixture.text("composition/\(name)/expected.txt")
                    .split(separator: "\n").map(String.init)
                XCTAssertEqual(actual, expected, "\(name): \(failure)")
                XCTAssertTrue(actual.contains { $0.hasPrefix(name + " ") }, name)
                for error in failure.errors
                where !["INVALID_GRAPHQL", "NO_QUERIES"].contains(error.code) {
                    XCTAssertFalse(error.locations.isEmpty, "\(name): \(error)")
                }
            }
        }
    }

    func testRenamedAndPrefixedFederationDirectives() throws {
        let supergraph = try Composer.compose([
            SubgraphDefinition(
                name: "catalog", url: "http://catalog", sdl: Fixture.text("linking/renamed.graphql")
            ),
            SubgraphDefinition(
                name: "pricing", url: "http://pricing",
                sdl: Fixture.text("linking/prefixed.graphql")),
            SubgraphDefinition(
                name: "reviews", url: "http://reviews",
                sdl: Fixture.text("linking/fed1-extends.graphql")),
        ])
        XCTAssertTrue(
            supergraph.sdl.contains(
                """
                type Product
                  @join__type(graph: CATALOG, key: "id")
                  @join__type(graph: PRICING, key: "id")
                  @join__type(graph: REVIEWS, key: "id", extension: true)
                {
                  id: ID!
                  name: String @join__field(graph: CATALOG) @join__field(graph: PRICING)
                  price: Int @join__field(graph: PRICING)
                  reviewsCount: Int @join__field(graph: REVIEWS)
                }
                """), supergraph.sdl)
    }

    func testSupergraphRoundTrips() throws {
        for sdl in [
            Fixture.text("xp/supergraph.graphql"), Fixture.text("bench/supergraph.graphql"),
        ] {
            let read = try Supergraph(sdl: sdl)
            XCTAssertEqual(read.sdl, sdl)
        }
    }

    func testAPISchemaHidesJoinAndInaccessible() throws {
        let hidden = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@inaccessible"])
            type Query { visible: Int hidden: Int @inaccessible }
            """
        let supergraph = try Composer.compose([
            SubgraphDefinition(name: "a", url: "http://a", sdl: hidden)
        ])
        XCTAssertTrue(supergraph.sdl.contains("hidden: Int @inaccessible"))
        XCTAssertEqual(supergraph.apiSDL, "type Query {\n  visible: Int\n}\n")
        XCTAssertNotNil(supergraph.apiSchema["Query"]?.field("visible"))
        XCTAssertNil(supergraph.apiSchema["Query"]?.field("hidden"))
        let xp = try Composer.compose(Fixture.xpSubgraphs)
        XCTAssertFalse(xp.apiSDL.contains("join__"))
        XCTAssertFalse(xp.apiSDL.contains("link__"))
        XCTAssertNotNil(xp.apiSchema.types["Form"])
    }
}

extension CompositionTests {
    /// Access control and demand control directives reach the supergraph, under
    /// their specs' names, with `@requiresScopes` alternatives merged; the API
    /// schema has none of them.
    func testAccessControlAndCostDirectivesAreKept() throws {
        let folder = "composed/access-control"
        let supergraph = try Composer.compose(
            ["accounts", "profiles"].map {
                SubgraphDefinition(
                    name: $0, url: "http://\($0)", sdl: Fixture.text("\(folder)/\($0).graphql"))
            })
        Fixture.record("\(folder)/supergraph.graphql", supergraph.sdl)
        XCTAssertEqual(supergraph.sdl, Fixture.text("\(folder)/supergraph.graphql"))
        XCTAssertTrue(
            supergraph.sdl.contains(
                #"email: String @requiresScopes(scopes: [["read:email"], ["admin"]])"#))
        XCTAssertEqual(try Supergraph(sdl: supergraph.sdl).sdl, supergraph.sdl)
        for name in ["@authenticated", "@requiresScopes", "@policy", "@cost", "@listSize", "@tag"] {
            XCTAssertTrue(supergraph.sdl.contains(name), name)
            XCTAssertFalse(supergraph.apiSDL.contains(name), name)
        }
    }
}
