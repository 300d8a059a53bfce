import XCTest

/// Unions, interfaces and fragments on them across subgraphs: `__typename`
/// under every abstract position, per-type hops only for the types that need them.
final class AbstractTypePlanTests: XCTestCase {
    func testUnionMembersHopOnlyWhereNeeded() throws {
        let plan = try PlanFixture.feature("union")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog", "reviews@search.@"])
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["requires"], "{ ... on Book { __typename id } }")
    }

    func testInterfaceFragments() throws {
        let plan = try PlanFixture.feature("interface")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog", "reviews@node"])
        let catalog = PlanFixture.fetches(plan)[0]["operation"]?.stringValue ?? ""
        XCTAssertTrue(catalog.contains("node(id: \"b1\") { __typename"))
    }

    func testNamedAndInlineFragmentsMerge() throws {
        let plan = try PlanFixture.feature("fragments")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog", "shipping@products.@"])
    }

    func testTypenameOnlySelections() throws {
        let plan = try PlanFixture.feature("typename")
        XCTAssertEqual(PlanFixture.route(plan), ["catalog"])
    }
}
