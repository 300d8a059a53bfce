import Federation
import Foundation
import GraphQL

/// Reads test fixtures from the Fixtures folder beside this file.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func text(_ path: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
    }

    /// Writes a snapshot when XPGRAPH_RECORD=1 (used to create new fixtures, then checked by hand).
    static func record(_ path: String, _ text: String) {
        guard ProcessInfo.processInfo.environment["XPGRAPH_RECORD"] == "1" else { return }
        try? text.write(
            to: directory.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// The project's own schema folder: the XP subgraphs and operations are read from
    /// there, not from copies that could drift.
    static let schemaDirectory = directory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema")

    static func schemaText(_ path: String) -> String {
        (try? String(contentsOf: schemaDirectory.appendingPathComponent(path), encoding: .utf8))
            ?? ""
    }

    static let xpSubgraphs: [SubgraphDefinition] = ["auth", "forms", "gps", "users"].map {
        SubgraphDefinition(
            name: $0, url: "http://\($0).local/graphql", sdl: schemaText("\($0).graphql"))
    }

    static let featureSubgraphs: [SubgraphDefinition] = ["catalog", "reviews", "shipping", "users"]
        .map {
            SubgraphDefinition(
                name: $0, url: "http://\($0).local/graphql", sdl: text("features/\($0).graphql"))
        }

    static let benchSubgraphs: [SubgraphDefinition] = [
        "accounts", "inventory", "products", "reviews",
    ].map {
        SubgraphDefinition(
            name: $0, url: "http://\($0).local/graphql", sdl: text("bench/\($0).graphql"))
    }
}
