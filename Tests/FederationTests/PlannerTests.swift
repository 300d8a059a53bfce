import Federation
import Foundation
import GraphQL
import JSON
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
        try assertPlan(
            Self.xp, Fixture.schemaText("operations/Dashboard.graphql"), snapshot: "dashboard")
    }

    func testBenchmarkQuery() throws {
        try assertPlan(
            Self.bench, Fixture.text("bench/TestQuery.graphql"), snapshot: "bench-test-query")
    }
}

extension PlannerTests {
    static let features = try! Composer.compose(Fixture.featureSubgraphs)

    /// Each Fixtures/plans/features/NAME.graphql is planned against the
    /// features supergraph and compared with NAME.plan.txt.
    func testFeaturePlans() throws {
        let folder = Fixture.directory.appendingPathComponent("plans/features")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".graphql") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 13)
        for file in names {
            let name = String(file.dropLast(".graphql".count))
            let planner = QueryPlanner(supergraph: Self.features)
            let plan = try planner.plan(
                parse(Fixture.text("plans/features/\(file)")), operationName: nil)
            Fixture.record("plans/features/\(name).plan.txt", plan.description + "\n")
            XCTAssertEqual(
                plan.description + "\n", Fixture.text("plans/features/\(name).plan.txt"), name)
        }
    }

    func testPlansAreCachedByTextAndName() throws {
        let planner = QueryPlanner(supergraph: Self.features)
        let text = "query A { products { name } } query B { products { price } }"
        let a = try planner.plan(parse(text), operationName: "A")
        let b = try planner.plan(parse(text), operationName: "B")
        XCTAssertTrue(a.description.contains("name"))
        XCTAssertTrue(b.description.contains("price"))
        XCTAssertEqual(try planner.plan(parse(text), operationName: "A").description, a.description)
    }

    func testFetchOperationsDeclareOnlyTheVariablesTheyUse() throws {
        let planner = QueryPlanner(supergraph: Self.features)
        let plan = try planner.plan(
            parse(Fixture.text("plans/features/skip-include.graphql")), operationName: nil)
        let fetches = Self.fetches(plan.json)
        XCTAssertEqual(fetches.count, 2)
        XCTAssertEqual(
            fetches[0]["operation"]?.stringValue,
            "query Product__catalog__0($id: ID!, $noPrice: Boolean!) { product(id: $id) { __typename name price @skip(if: $noPrice) sku } }"
        )
        XCTAssertEqual(fetches[0]["variableUsages"], ["id", "noPrice"])
        XCTAssertEqual(
            fetches[1]["operation"]?.stringValue,
            "query Product__reviews__1($representations: [_Any!]!, $withReviews: Boolean!) { _entities(representations: $representations) { ... on Product { reviews @include(if: $withReviews) { body } } } }"
        )
        XCTAssertEqual(fetches[1]["variableUsages"], ["withReviews"])
    }

    static func fetches(_ json: JSON) -> [JSON] {
        switch json["kind"]?.stringValue {
        case "Fetch": return [json]
        case "Flatten": return fetches(json["node"] ?? .null)
        case "QueryPlan": return fetches(json["node"] ?? .null)
        case "Condition":
            return [json["ifClause"], json["elseClause"]].compactMap { $0 }.flatMap(fetches)
        default: return (json["nodes"]?.arrayValue ?? []).flatMap(fetches)
        }
    }
}
