import Federation
import XCTest

/// A directive no definition or @link explains is refused, not silently dropped.
final class UnknownDirectiveTests: XCTestCase {
    private func compose(_ sdl: String) -> [CompositionError] {
        do {
            _ = try Composer.compose([
                SubgraphDefinition(name: "a", url: "http://a.local/graphql", sdl: sdl)
            ])
            return []
        } catch let failure as CompositionErrors {
            return failure.errors
        } catch {
            return [CompositionError(code: "OTHER", message: "\(error)", subgraphs: [])]
        }
    }

    func testMisspelledKeyIsInvalidGraphQL() {
        let errors = compose(
            """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { session: Session }
            type Session @kye(fields: "id") { id: ID! }
            """)
        XCTAssertEqual(errors.map(\.code), ["INVALID_GRAPHQL"])
        XCTAssertEqual(errors.first?.message, #"[a] Unknown directive "@kye"."#)
        XCTAssertEqual(errors.first?.locations, ["a:3:14"])
    }

    func testNotImportedFederationDirectiveIsRefusedButPrefixedOneWorks() {
        let missing = compose(
            """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { me: User @tag(name: "x") }
            type User @key(fields: "id") { id: ID! }
            """)
        XCTAssertEqual(missing.map(\.code), ["INVALID_GRAPHQL"])
        let prefixed = compose(
            """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { me: User @federation__tag(name: "x") }
            type User @key(fields: "id") { id: ID! }
            """)
        XCTAssertEqual(prefixed.map(\.code), [])
    }

    func testFederationOneNamesNeedNoImport() {
        let errors = compose(
            """
            type Query { me: User }
            type User @key(fields: "id") { id: ID! name: String @external }
            """)
        XCTAssertFalse(errors.contains { $0.code == "INVALID_GRAPHQL" }, "\(errors)")
    }
}
