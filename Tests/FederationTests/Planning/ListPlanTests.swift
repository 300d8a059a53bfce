import XCTest

/// Lists: every list level of a field's type adds `@` to the Flatten path.
final class ListPlanTests: XCTestCase {
    func testListsOfLists() throws {
        let plan = try PlanFixture.planning("lists-of-lists")
        XCTAssertEqual(PlanFixture.route(plan), ["grid", "values@matrix.@.@"])
    }

    func testNestedListsAcrossHops() throws {
        let plan = try PlanFixture.feature("key-choice")
        XCTAssertEqual(
            PlanFixture.route(plan),
            ["catalog", "reviews@products.@", "users@products.@.reviews.@.author"])
    }
}
