import Federation
import Foundation
import GraphQL
import JSON
import XCTest

/// Plans fixtures and checks their snapshots, for the per-feature plan tests.
enum PlanFixture {
    /// Plans Fixtures/plans/features/NAME.graphql over the features supergraph
    /// and compares the printout with NAME.plan.txt.
    static func feature(
        _ name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> QueryPlan {
        let plan = try QueryPlanner(supergraph: PlannerTests.features).plan(
            parse(Fixture.text("plans/features/\(name).graphql")), operationName: nil,
            overrideLabels: [])
        XCTAssertEqual(
            plan.description + "\n", Fixture.text("plans/features/\(name).plan.txt"), name,
            file: file, line: line)
        return plan
    }

    /// Composes Fixtures/planning/NAME/subgraphs and plans its operation with
    /// the labels; compares with plan.txt (or plan.LABELS.txt).
    static func planning(
        _ name: String, labels: [String] = [], file: StaticString = #filePath, line: UInt = #line
    ) throws -> QueryPlan {
        let directory = "planning/\(name)"
        let supergraph = try self.supergraph(name)
        let plan = try QueryPlanner(supergraph: supergraph).plan(
            parse(Fixture.text("\(directory)/operation.graphql")), operationName: nil,
            overrideLabels: Set(labels))
        let snapshot =
            labels.isEmpty ? "plan.txt" : "plan.\(labels.joined(separator: "+")).txt"
        XCTAssertEqual(
            plan.description + "\n", Fixture.text("\(directory)/\(snapshot)"), name, file: file,
            line: line)
        return plan
    }

    static func supergraph(_ name: String) throws -> Supergraph {
        let directory = "planning/\(name)"
        let files = try FileManager.default.contentsOfDirectory(
            atPath: Fixture.directory.appendingPathComponent("\(directory)/subgraphs").path
        ).sorted()
        return try Composer.compose(
            files.map { file in
                let subgraph = String(file.dropLast(".graphql".count))
                return SubgraphDefinition(
                    name: subgraph, url: "http://\(subgraph).local/graphql",
                    sdl: Fixture.text("\(directory)/subgraphs/\(file)"))
            })
    }

    /// The plan's fetches in execution order, as JSON objects, each with its
    /// Flatten path (`"path"`, dotted) when it has one.
    static func fetches(_ plan: QueryPlan) -> [JSON] {
        fetches(plan.json, path: nil)
    }

    private static func fetches(_ json: JSON, path: String?) -> [JSON] {
        switch json["kind"]?.stringValue {
        case "Fetch":
            guard case .object(var object) = json else { return [] }
            if let path { object["path"] = .string(path) }
            return [.object(object)]
        case "Flatten":
            let dotted = (json["path"]?.arrayValue ?? []).compactMap(\.stringValue).joined(
                separator: ".")
            return fetches(json["node"] ?? .null, path: dotted)
        case "QueryPlan": return fetches(json["node"] ?? .null, path: path)
        case "Condition":
            return [json["ifClause"], json["elseClause"]].compactMap { $0 }.flatMap {
                fetches($0, path: path)
            }
        default:
            return (json["nodes"]?.arrayValue ?? []).flatMap { fetches($0, path: path) }
        }
    }

    /// `serviceName@path` of each fetch, in order.
    static func route(_ plan: QueryPlan) -> [String] {
        fetches(plan).map { fetch in
            let service = fetch["serviceName"]?.stringValue ?? "?"
            return fetch["path"]?.stringValue.map { "\(service)@\($0)" } ?? service
        }
    }
}
