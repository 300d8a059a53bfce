import XCTest

/// @interfaceObject and entity interfaces: fields added to an interface by a
/// subgraph that sees it as an object, and the reverse hop for the runtime type.
final class InterfaceObjectPlanTests: XCTestCase {
    func testFieldAddedByAnInterfaceObjectIsFetchedAsTheInterface() throws {
        let plan = try PlanFixture.planning("interface-object")
        XCTAssertEqual(PlanFixture.route(plan), ["inventory", "products@inventory"])
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["requires"], "{ ... on Inventory { __typename id } }")
    }

    func testInterfaceObjectAsksTheEntityInterfaceForTypeAndFields() throws {
        let plan = try PlanFixture.planning("entity-interface")
        XCTAssertEqual(PlanFixture.route(plan), ["ratings", "media@topRated.@"])
        let media = PlanFixture.fetches(plan)[1]["operation"]?.stringValue ?? ""
        XCTAssertTrue(media.contains("... on Media { __typename title ... on Book { pages } }"))
    }
}
