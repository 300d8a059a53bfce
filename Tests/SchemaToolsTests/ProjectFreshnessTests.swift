import Federation
import Foundation
import GraphQL
import SchemaTools
import XCTest

/// The project checks itself: committed artifacts equal what the tools make from their
/// sources today. Refresh with `xpgraph compose` and `scripts/codegen.sh`.
final class ProjectFreshnessTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func testSupergraphFileEqualsTheComposedSubgraphs() throws {
        let subgraphs = try [("users", 4001), ("auth", 4002), ("forms", 4003), ("gps", 4004)].map {
            SubgraphDefinition(
                name: $0.0, url: "http://localhost:\($0.1)/graphql",
                sdl: try Self.read("schema/\($0.0).graphql"))
        }
        let composed = try Composer.compose(subgraphs)
        let committed = try Self.read("schema/supergraph.graphql")
        XCTAssertEqual(
            committed, composed.sdl,
            "schema/supergraph.graphql is stale: run `xpgraph compose` and commit it")
        XCTAssertTrue(
            SchemaDiff.changes(
                from: try Supergraph(sdl: committed).apiSchema, to: composed.apiSchema
            ).isEmpty)
    }

    func testGeneratedSwiftIsFresh() throws {
        for (file, generated) in try Self.generatedSwift() {
            let committed = try? Self.read(file)
            XCTAssertEqual(
                committed, generated,
                "\(file) is stale: run scripts/codegen.sh and commit it")
        }
    }

    /// Generated files and what the generator makes now; `scripts/codegen.sh` writes the same.
    static func generatedSwift() throws -> [(String, String)] {
        try ["gps"].map { name in
            let schemaPath = "schema/\(name).graphql"
            let schema = try SchemaLoading.schema(sdl: try read(schemaPath))
            let namespace = name.count <= 3 ? name.uppercased() : name.capitalized
            let code = SwiftCodegen(schema: schema, namespace: namespace, sourceName: schemaPath)
                .generate()
            return ("subgraphs/\(name)/Generated/\(namespace)Generated.swift", code)
        }
    }
}
