import Foundation
import GraphQL
import NodeSupport
import SchemaTools
import XCTest

/// Generated Swift must compile for schemas our subgraphs do not exercise.
final class SwiftCodegenTests: XCTestCase {
    /// An input that holds itself, and members named like Swift's `self`.
    static let sdl = """
        input Filter { nested: Filter, and: [Filter!], name: String, self: Int }
        type Query { items(filter: Filter, self: Int): [Item!]! }
        type Item { id: ID! self: String }
        """

    func testRecursiveInputsAndSelfNamesCompile() throws {
        let code = SwiftCodegen(
            schema: try Schema(sdl: Self.sdl), namespace: "Tricky", sourceName: "tricky.graphql"
        ).generate()
        XCTAssertTrue(code.contains("final class Filter: Sendable"), code)
        XCTAssertTrue(code.contains("self.`self` = "), code)

        let modules = ProjectFreshnessTests.root.appendingPathComponent(".build/debug/Modules")
        guard FileManager.default.fileExists(atPath: modules.path) else {
            throw MissingPrerequisite("the package's debug modules are not built")
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("tricky-\(getpid()).swift")
        try code.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try ChildRun.run(
            "/usr/bin/env",
            ["swiftc", "-swift-version", "6", "-typecheck", "-I", modules.path, file.path])
        XCTAssertEqual(output.status, 0, output.stderr)
    }
}
