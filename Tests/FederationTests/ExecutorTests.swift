import Federation
import GraphQL
import JSON
import XCTest

/// Runs plans against engine-backed fake subgraphs and compares with the same
/// operation executed on one merged schema over the same data.
final class ExecutorTests: XCTestCase {
    private func run(
        _ supergraph: Supergraph, _ subgraphs: [SubgraphDefinition], _ world: World,
        _ query: String,
        variables: JSONObject = [:], operationName: String? = nil,
        transport configure: (EngineTransport) -> Void = { _ in }
    ) async throws -> (
        federated: ExecutionResult, reference: ExecutionResult, transport: EngineTransport
    ) {
        let transport = try EngineTransport(subgraphs: subgraphs, world: world)
        configure(transport)
        let document = try parse(query)
        let plan = try QueryPlanner(supergraph: supergraph).plan(
            document, operationName: operationName)
        let executor = PlanExecutor(supergraph: supergraph, transport: transport)
        let federated = await executor.execute(
            plan, document: document, operationName: operationName, variables: variables,
            headers: [])
        let reference = await execute(
            schema: supergraph.apiSchema, resolvers: world.resolvers(for: supergraph.apiSchema),
            document: document,
            operationName: operationName, variables: variables, rootValue: world.root)
        return (federated, reference, transport)
    }

    func testDashboardMatchesSingleSchema() async throws {
        let result = try await run(
            PlannerTests.xp, Fixture.xpSubgraphs, Worlds.xp,
            Fixture.schemaText("operations/Dashboard.graphql"),
            variables: ["forms": 10, "submissions": 3])
        XCTAssertEqual(result.federated.errors, [])
        XCTAssertEqual(result.reference.errors, [])
        XCTAssertEqual(result.federated.data, result.reference.data)
        XCTAssertEqual(
            result.federated.data?["me"]?["forms"]?["nodes"]?[0]?["submissions"]?["nodes"]?[0]?[
                "user"]?["name"], "User 2")
        XCTAssertEqual(result.transport.requests.count, 5)
        XCTAssertEqual(
            result.federated.extensions?["xpgraph"], ["sqlStatements": 10, "subgraphRequests": 5])
    }

    func testBenchmarkQueryMatchesSingleSchema() async throws {
        let result = try await run(
            PlannerTests.bench, Fixture.benchSubgraphs, Worlds.bench,
            Fixture.text("bench/TestQuery.graphql"))
        XCTAssertEqual(result.federated.errors, [])
        XCTAssertEqual(result.reference.errors, [])
        XCTAssertEqual(result.federated.data, result.reference.data)
        XCTAssertEqual(result.federated.data?["users"]?.arrayValue?.count, 6)
    }
}
