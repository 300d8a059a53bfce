import Federation
import Foundation
import GraphQL
import XCTest

/// One folder per planner feature under Fixtures/planning: subgraph SDLs,
/// an operation whose header comments give the fetch count the plan must not
/// exceed (`# fetches: N`) and optional override labels (`# labels: a, b`), and
/// snapshots of the composed supergraph and of the plan printouts.
final class PlanningFeatureTests: XCTestCase {
    static let folder = Fixture.directory.appendingPathComponent("planning")

    static func features() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testEveryFeature() throws {
        let names = try Self.features()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        for name in names { try check(name) }
    }

    private func check(_ name: String) throws {
        let directory = "planning/\(name)"
        let files = try FileManager.default.contentsOfDirectory(
            atPath: Self.folder.appendingPathComponent("\(name)/subgraphs").path
        ).sorted()
        let subgraphs = files.map { file in
            let subgraph = String(file.dropLast(".graphql".count))
            return SubgraphDefinition(
                name: subgraph, url: "http://\(subgraph).local/graphql",
                sdl: Fixture.text("\(directory)/subgraphs/\(file)"))
        }
        let supergraph = try Composer.compose(subgraphs)
        Fixture.record("\(directory)/supergraph.graphql", supergraph.sdl)
        XCTAssertEqual(supergraph.sdl, Fixture.text("\(directory)/supergraph.graphql"), name)

        let operation = Fixture.text("\(directory)/operation.graphql")
        let document = try parse(operation)
        XCTAssertEqual(validate(document, against: supergraph.apiSchema), [], name)
        let planner = QueryPlanner(supergraph: supergraph)
        let plan = try planner.plan(document, operationName: nil, overrideLabels: [])
        Fixture.record("\(directory)/plan.txt", plan.description + "\n")
        XCTAssertEqual(plan.description + "\n", Fixture.text("\(directory)/plan.txt"), name)
        if let fetches = Self.header("fetches", in: operation).first.flatMap({ Int($0) }) {
            XCTAssertLessThanOrEqual(plan.fetchCount, fetches, name)
        }

        let labels = Self.header("labels", in: operation)
        if !labels.isEmpty {
            let labelled = try planner.plan(
                document, operationName: nil, overrideLabels: Set(labels))
            let file = "\(directory)/plan.\(labels.joined(separator: "+")).txt"
            Fixture.record(file, labelled.description + "\n")
            XCTAssertEqual(labelled.description + "\n", Fixture.text(file), name)
            XCTAssertNotEqual(labelled.description, plan.description, name)
        }
    }

    /// The comma-separated values of a `# name: ...` header line.
    static func header(_ name: String, in text: String) -> [String] {
        for line in text.split(separator: "\n") where line.hasPrefix("# \(name):") {
            return line.dropFirst("# \(name):".count).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        return []
    }
}

extension PlanningFeatureTests {
    /// `percent(N)` labels are rolled per plan call: 0 never, 100 always, 50 both ways.
    func testPercentLabelsAreRolledPerRequest() throws {
        let directory = "planning/progressive-override"
        let document = try parse(Fixture.text("\(directory)/operation.graphql"))
        for (percent, expectations) in [("0", [false]), ("100", [true]), ("50", [false, true])] {
            let accounts = Fixture.text("\(directory)/subgraphs/accounts.graphql")
                .replacingOccurrences(of: "label: \"beta\"", with: "label: \"percent(\(percent))\"")
            let supergraph = try Composer.compose([
                SubgraphDefinition(name: "accounts", url: "http://accounts", sdl: accounts),
                SubgraphDefinition(
                    name: "users", url: "http://users",
                    sdl: Fixture.text("\(directory)/subgraphs/users.graphql")),
            ])
            XCTAssertEqual(supergraph.overrideLabels, ["percent(\(percent))"])
            let planner = QueryPlanner(supergraph: supergraph)
            var seen: Set<Bool> = []
            for _ in 0..<200 {
                let plan = try planner.plan(document, operationName: nil)
                seen.insert(plan.fetchCount == 2)  // label on: email from accounts
            }
            XCTAssertEqual(seen, Set(expectations), percent)
        }
    }
}
