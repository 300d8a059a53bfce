import Federation
import GraphQL
import XCTest

/// Snapshot tests of plans, one fixture per feature under Fixtures/plans.
final class PlannerTests: XCTestCase {
    static let xp = try! Composer.compose(Fixture.xpSubgraphs)
    static let bench = try! Composer.compose(Fixture.benchSubgraphs)

    private func assertPlan(
        _ supergraph: Supergraph, _ query: String, operationName: String? = nil, snapshot: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let planner = QueryPlanner(supergraph: supergraph)
        let plan = try planner.plan(parse(query), operationName: operationName)
        Fixture.record("plans/\(snapshot).txt", plan.description + "\n")
        XCTAssertEqual(
            plan.description + "\n", Fixture.text("plans/\(snapshot).txt"), file: file, line: line)
    }

    func testDashboard() throws {
        try assertPlan(Self.xp, Fixture.text("xp/Dashboard.graphql"), snapshot: "dashboard")
    }

    func testBenchmarkQuery() throws {
        try assertPlan(
            Self.bench, Fixture.text("bench/TestQuery.graphql"), snapshot: "bench-test-query")
    }
}
