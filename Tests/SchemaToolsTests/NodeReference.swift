import Foundation
import JSON
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

    /// Runs a program; fails the test when it cannot start.
    static func run(
        _ program: String, _ arguments: [String], directory: String? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw XCTSkip("\(program) is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["NODE_PATH"] = "/usr/share/nodejs"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self),
            String(decoding: errors, as: UTF8.self)
        )
    }
}
