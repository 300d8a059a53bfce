import Federation
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
