import XCTest

/// Mutations: root fields run one after another, in document order, never
/// merged across a field of another subgraph.
final class MutationPlanTests: XCTestCase {
    func testRootFieldsRunInOrder() throws {
        let plan = try PlanFixture.feature("mutation-order")
        XCTAssertEqual(plan.json["node"]?["kind"], "Sequence")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog", "shipping", "catalog"])
    }
}
