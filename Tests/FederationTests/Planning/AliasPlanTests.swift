import XCTest

/// A client alias that takes the name of a field the planner injects: the
/// injected key gets its own alias and the representation reads it from there.
final class AliasPlanTests: XCTestCase {
    func testInjectedKeyDodgesTheClientAlias() throws {
        let plan = try PlanFixture.feature("alias-collision")
        let catalog = PlanFixture.fetches(plan)[0]["operation"]?.stringValue ?? ""
        XCTAssertTrue(catalog.contains("id: name"))
        XCTAssertTrue(catalog.contains("_fed_id: id"))
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["operation"]?.stringValue?.contains("cost: shippingCost"),
            true)
    }
}
