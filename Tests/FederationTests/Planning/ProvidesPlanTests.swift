import XCTest

/// @provides: fields a path provides are read from the providing subgraph,
/// without a hop to their owner; the rest still hop.
final class ProvidesPlanTests: XCTestCase {
    func testProvidedFieldNeedsNoHop() throws {
        let plan = try PlanFixture.feature("provides")
        XCTAssertEqual(PlanFixture.route(plan), ["shipping"])
    }

    func testFieldsBeyondTheProvidedOnesHop() throws {
        let plan = try PlanFixture.feature("provides-partial")
        XCTAssertEqual(PlanFixture.route(plan), ["shipping", "catalog@ship.product"])
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["operation"],
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { price } } }"
        )
    }

    func testProvidedFieldFeedsARequires() throws {
        // "total" is provided on product.createdBy, so only "years" comes from users.
        let plan = try PlanFixture.planning("requires-local")
        XCTAssertEqual(
            PlanFixture.fetches(plan)[0]["operation"]?.stringValue?.contains("total"), true)
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["operation"]?.stringValue?.contains("total"), false)
    }
}
