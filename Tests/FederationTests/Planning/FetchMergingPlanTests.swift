import Federation
import GraphQL
import XCTest

/// Root fields of one subgraph share a fetch; entity fetches to the same
/// subgraph at the same path merge; identical ones run once; only the
/// variables a fetch uses are declared.
final class FetchMergingPlanTests: XCTestCase {
    func testRootFieldsGroupBySubgraph() throws {
        let plan = try PlanFixture.feature("root-merge")
        XCTAssertEqual(plan.json["node"]?["kind"], "Parallel")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog", "reviews"])
    }

    func testSiblingEntityFetchesMerge() throws {
        // shippingCost and dimensions' sibling fields at one path: one shipping fetch.
        let plan = try QueryPlanner(supergraph: PlannerTests.features).plan(
            parse("{ products { shippingCost name reviews { body } } }"), operationName: nil)
        XCTAssertEqual(
            PlanFixture.route(plan).sorted(),
            ["catalog", "reviews@products.@", "shipping@products.@"])
    }

    func testIdenticalEntityFetchesRunOnce() throws {
        // Two aliases of one field lead to the same users fetch at the same path.
        let plan = try QueryPlanner(supergraph: PlannerTests.features).plan(
            parse("{ topReviews { a: author { name } b: author { name } } }"), operationName: nil)
        XCTAssertEqual(plan.fetchCount, 3)
        XCTAssertEqual(
            PlanFixture.route(plan),
            ["reviews", "users@topReviews.@.a", "users@topReviews.@.b"])
        let repeated = try QueryPlanner(supergraph: PlannerTests.features).plan(
            parse("{ topReviews { author { name } author { id name } } }"), operationName: nil)
        XCTAssertEqual(PlanFixture.route(repeated), ["reviews", "users@topReviews.@.author"])
    }

    func testOnlyUsedVariablesAreDeclared() throws {
        let plan = try PlanFixture.feature("skip-include")
        let fetches = PlanFixture.fetches(plan)
        XCTAssertEqual(fetches[0]["variableUsages"], ["id", "noPrice"])
        XCTAssertEqual(fetches[1]["variableUsages"], ["withReviews"])
    }
}
