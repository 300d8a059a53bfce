import XCTest

/// @requires: required fields are fetched first (in the parent fetch or an
/// earlier entity fetch), then the requiring field in an entity fetch whose
/// representations carry them.
final class RequiresPlanTests: XCTestCase {
    func testRequiredFieldsFromAnotherSubgraph() throws {
        let plan = try PlanFixture.feature("requires")
        XCTAssertEqual(
            PlanFixture.route(plan), ["catalog", "shipping@products.@"])
        let shipping = PlanFixture.fetches(plan)[1]
        XCTAssertEqual(
            shipping["requires"], "{ ... on Product { __typename id price weight } }")
    }

    func testRequiringFieldInTheSameSubgraphStillHops() throws {
        let plan = try PlanFixture.planning("requires-local")
        XCTAssertEqual(
            PlanFixture.route(plan),
            ["products", "users@product.createdBy", "products@product.createdBy"])
    }

    func testNestedRequiresAfterAnEntityHop() throws {
        let plan = try PlanFixture.planning("requires-nested")
        XCTAssertEqual(
            PlanFixture.route(plan),
            [
                "inventory", "products@warehouses.@.products.@",
                "inventory@warehouses.@.products.@",
            ])
        XCTAssertEqual(
            PlanFixture.fetches(plan)[2]["requires"],
            "{ ... on Product { __typename id dimensions { size weight } } }")
    }
}
