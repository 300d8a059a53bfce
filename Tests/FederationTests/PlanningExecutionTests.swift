import Federation
import Foundation
import GraphQL
import JSON
import XCTest

/// Each planning feature with a `world.json` runs through our executor over
/// engine-backed subgraphs and must answer what one schema over the same data
/// answers, for every Boolean variable true and false; override labels must
/// change where requests go, not the answer.
final class PlanningExecutionTests: XCTestCase {
    func testFeaturesMatchSingleSchemaExecution() async throws {
        var checked = 0
        for name in try PlanningFeatureTests.features() {
            let directory = "planning/\(name)"
            guard Fixture.exists("\(directory)/world.json") else { continue }
            checked += 1
            let world = try Self.world(Fixture.text("\(directory)/world.json"))
            let subgraphs = try FileManager.default.contentsOfDirectory(
                atPath: PlanningFeatureTests.folder.appendingPathComponent("\(name)/subgraphs").path
            ).sorted().map { file in
                let subgraph = String(file.dropLast(".graphql".count))
                return SubgraphDefinition(
                    name: subgraph, url: "http://\(subgraph).local/graphql",
                    sdl: Fixture.text("\(directory)/subgraphs/\(file)"))
            }
            let supergraph = try Composer.compose(subgraphs)
            let operation = Fixture.text("\(directory)/operation.graphql")
            let document = try parse(operation)
            let booleans = Self.booleanVariables(document)
            let labelSets: [Set<String>] = [
                [], Set(PlanningFeatureTests.header("labels", in: operation)),
            ]
            for flag in [true, false] {
                var variables = JSONObject()
                for variable in booleans { variables[variable] = .bool(flag) }
                let reference = await execute(
                    schema: supergraph.apiSchema,
                    resolvers: world.resolvers(for: supergraph.apiSchema), document: document,
                    variables: variables, rootValue: world.root)
                XCTAssertEqual(reference.errors, [], name)
                var requestCounts: [Int] = []
                for labels in labelSets {
                    let transport = try EngineTransport(subgraphs: subgraphs, world: world)
                    let plan = try QueryPlanner(supergraph: supergraph).plan(
                        document, operationName: nil, overrideLabels: labels)
                    let result = await PlanExecutor(
                        supergraph: supergraph, transport: transport, timeout: 5
                    ).execute(
                        plan, document: document, operationName: nil, variables: variables,
                        headers: [])
                    XCTAssertEqual(result.errors, [], "\(name) \(labels)")
                    XCTAssertEqual(result.data, reference.data, "\(name) \(labels) \(variables)")
                    XCTAssertLessThanOrEqual(transport.requests.count, plan.fetchCount, name)
                    requestCounts.append(transport.requests.count)
                }
                if labelSets[1] != [] {
                    XCTAssertNotEqual(requestCounts[0], requestCounts[1], name)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 6)
    }

    static func world(_ text: String) throws -> World {
        let json = try JSONReader.parse(text)
        var world = World()
        for member in json["entities"]?.objectValue?.members ?? [] {
            world.entities[member.key] = member.value
        }
        world.root = json["root"] ?? .object(JSONObject())
        return world
    }

    static func booleanVariables(_ document: Document) -> [String] {
        document.definitions.flatMap { definition -> [String] in
            guard case .operation(let operation) = definition else { return [] }
            return operation.variableDefinitions.compactMap { definition in
                definition.type.namedType.value == "Boolean" ? definition.variable.name.value : nil
            }
        }
    }
}
