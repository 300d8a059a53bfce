import XCTest

/// Entity hops use a key the current subgraph can fill, the cheapest one.
final class KeyChoicePlanTests: XCTestCase {
    func testOnlyKeysTheTargetDeclaresAreUsed() throws {
        // reviews knows Product by "sku" only, though catalog also has "id".
        let plan = try PlanFixture.feature("key-choice")
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["requires"], "{ ... on Product { __typename sku } }")
    }

    func testCheapestKeyWins() throws {
        let plan = try PlanFixture.planning("cheapest-key")
        XCTAssertEqual(
            PlanFixture.fetches(plan)[1]["requires"], "{ ... on Product { __typename id } }")
    }
}
