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
}
