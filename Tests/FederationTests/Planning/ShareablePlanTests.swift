import XCTest

/// @shareable: a field several subgraphs resolve is taken from the subgraph
/// already being asked.
final class ShareablePlanTests: XCTestCase {
    func testShareableFieldStaysInTheCurrentFetch() throws {
        let plan = try PlanFixture.feature("shareable")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog", "shipping@products.@"])
        let shipping = PlanFixture.fetches(plan)[1]["operation"]?.stringValue ?? ""
        XCTAssertFalse(shipping.contains("dimensions"))
    }
}
