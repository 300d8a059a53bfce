import Foundation
import JSON
import NodeSupport
import XCTest

/// Runs a node script with graphql-js 16 (and tsc) on its module path; stdout is returned.
enum NodeReference {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func json(script: String, arguments: [String]) throws -> JSON {
        let output = try run(
            "/usr/bin/node", [fixtures.appendingPathComponent(script).path] + arguments)
        return try JSONReader.parse(Array(output.stdout.utf8))
    }

    /// Runs a program to the end (node with graphql-js on its module path).
    static func run(
        _ program: String, _ arguments: [String], directory: String? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let output = try ChildRun.run(
            program, arguments, directory: directory,
            environment: ["NODE_PATH": "/usr/share/nodejs"])
        return (output.status, output.text, output.stderr)
    }
}
