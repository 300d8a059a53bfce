import Federation
import GraphQL
import XCTest

/// @override: the overriding subgraph serves the field; with a label, only
/// while the label is on.
final class OverridePlanTests: XCTestCase {
    func testLabelOffKeepsTheFieldWhereItWas() throws {
        let plan = try PlanFixture.planning("progressive-override")
        XCTAssertEqual(PlanFixture.route(plan), ["users"])
    }

    func testLabelOnMovesTheField() throws {
        let plan = try PlanFixture.planning("progressive-override", labels: ["beta"])
        XCTAssertEqual(PlanFixture.route(plan), ["users", "accounts@me"])
    }

    func testLabelsAreNotPartOfTheAPI() throws {
        let supergraph = try PlanFixture.supergraph("progressive-override")
        XCTAssertEqual(supergraph.overrideLabels, ["beta"])
        XCTAssertTrue(
            supergraph.sdl.contains(
                #"email: String @join__field(graph: ACCOUNTS, override: "users", overrideLabel: "beta") @join__field(graph: USERS)"#
            ))
        XCTAssertFalse(supergraph.apiSDL.contains("beta"))
    }

    func testPlainOverrideDropsTheOverriddenSite() throws {
        let supergraph = try CompatibilityLikeSupergraph.make()
        let plan = try QueryPlanner(supergraph: supergraph).plan(
            parse("{ me { name } }"), operationName: nil)
        XCTAssertEqual(PlanFixture.route(plan), ["accounts"])
    }
}

/// Two subgraphs where `accounts` takes `User.name` from `users` for good.
enum CompatibilityLikeSupergraph {
    static func make() throws -> Supergraph {
        let link =
            #"extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@override"])"#
        return try Composer.compose([
            SubgraphDefinition(
                name: "users", url: "http://users",
                sdl: link + "\ntype User @key(fields: \"id\") { id: ID! name: String }"),
            SubgraphDefinition(
                name: "accounts", url: "http://accounts",
                sdl: link
                    + "\ntype Query { me: User }\ntype User @key(fields: \"id\") { id: ID! name: String @override(from: \"users\") }"
            ),
        ])
    }
}
