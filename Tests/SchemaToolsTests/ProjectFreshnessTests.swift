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

    /// With `XPGRAPH_UPDATE_GENERATED=1` the files are rewritten instead (no build of
    /// `xpgraph` needed, which compiles the files being replaced).
    func testGeneratedSwiftIsFresh() throws {
        for (file, generated) in try Self.generatedSwift() {
            if ProcessInfo.processInfo.environment["XPGRAPH_UPDATE_GENERATED"] == "1" {
                let url = Self.root.appendingPathComponent(file)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try generated.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let committed = try? Self.read(file)
            XCTAssertEqual(
                committed, generated,
                "\(file) is stale: run scripts/codegen.sh and commit it")
        }
    }

    /// The XP frontend's TypeScript types and persisted-query manifest in codegen/client,
    /// made from schema/operations over the committed supergraph's API schema.
    func testGeneratedClientCodeIsFresh() throws {
        let schema = try SchemaLoading.schema(sdl: try Self.read("schema/supergraph.graphql"))
        let documents = try ClientDocuments.load(
            directory: Self.root.appendingPathComponent("schema/operations").path)
        let output = ClientCodegen(schema: schema, scalars: Self.clientScalars).generate(documents)
        XCTAssertEqual(output.problems.count, 0, "\(output.problems)")
        XCTAssertEqual(
            try? Self.read("codegen/client/operations.ts"), output.typeScript,
            "codegen/client/operations.ts is stale: run scripts/codegen.sh and commit it")
        XCTAssertEqual(
            try? Self.read("codegen/client/persisted-query-manifest.json"),
            output.manifest.json.serialized + "\n",
            "the persisted-query manifest is stale: run scripts/codegen.sh and commit it")
    }

    /// How the API's custom scalars reach TypeScript (scripts/codegen.sh passes the same).
    static let clientScalars = ["DateTime": "string", "JSON": "unknown"]

    /// Generated files and what the generator makes now; `scripts/codegen.sh` writes the same.
    static func generatedSwift() throws -> [(String, String)] {
        try ["users", "auth", "forms", "gps"].map { name in
            let schemaPath = "schema/\(name).graphql"
            let schema = try SchemaLoading.schema(sdl: try read(schemaPath))
            let namespace = name.count <= 3 ? name.uppercased() : name.capitalized
            let code = SwiftCodegen(schema: schema, namespace: namespace, sourceName: schemaPath)
                .generate()
            return ("subgraphs/\(name)/Generated/\(namespace)Generated.swift", code)
        }
    }
}
