import Federation
import GraphQL
import XCTest

/// @skip/@include with variables: a fetch whose fields all wait on one
/// variable becomes a condition node; mixed fetches keep the directives inside.
final class ConditionPlanTests: XCTestCase {
    func testIncludeWrapsTheEntityFetch() throws {
        let plan = try PlanFixture.feature("skip-include")
        XCTAssertEqual(plan.json["node"]?["nodes"]?[1]?["kind"], "Condition")
        XCTAssertEqual(plan.json["node"]?["nodes"]?[1]?["condition"], "withReviews")
        XCTAssertEqual(plan.json["node"]?["nodes"]?[1]?["elseClause"], .null)
    }

    func testSkipAndMixedConditions() throws {
        let plan = try PlanFixture.planning("conditions")
        XCTAssertTrue(plan.description.contains("Skip(if: $noRatings) {"))
        XCTAssertFalse(plan.description.contains("Include(if: $withProduct)"))
        XCTAssertEqual(plan.fetchCount, 3)
    }

    /// `... @include(if: $x) { forms }` on an entity from another subgraph: the forms
    /// fetch waits on $x like a field-level @include would make it.
    func testConditionOnAFragmentReachesTheEntityFetch() throws {
        let supergraph = try Supergraph(sdl: Fixture.text("xp/supergraph.graphql"))
        let query = """
            query B($x: Boolean!) { me { name ... @include(if: $x) { forms { totalCount } } } }
            """
        let plan = try QueryPlanner(supergraph: supergraph).plan(
            try parse(query), operationName: "B")
        let text = plan.description
        XCTAssertTrue(
            text.contains(
                "Include(if: $x) {\n        Flatten(path: \"me\") {\n          Fetch(service: \"forms\")"
            ), text)
        XCTAssertFalse(text.contains("... on User @include"), text)

        let spread = """
            query C($x: Boolean!) { me { name ...F @skip(if: $x) } }
            fragment F on User { forms { totalCount } }
            """
        let skipped = try QueryPlanner(supergraph: supergraph).plan(
            try parse(spread), operationName: "C")
        XCTAssertTrue(skipped.description.contains("Skip(if: $x) {"), skipped.description)
    }
}
