import Foundation
import GraphQL
import JSON
import XCTest

/// Runs graphql-js 16 under node as the reference implementation.
enum GraphQLJS {
    /// Runs `script` with `input` as JSON on stdin and returns its stdout as JSON.
    ///
    /// The script sees `graphql` (the module) and `input`, and prints with `out(value)`.
    /// Throws `XCTSkip` when node or graphql-js is not installed.
    static func run(_ script: String, input: JSON) throws -> JSON {
        let nodePath = ["/usr/bin/node", "/usr/local/bin/node"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let nodePath else { throw XCTSkip("node is not installed") }

        let directory = FileManager.default.temporaryDirectory
        let scriptURL = directory.appendingPathComponent("graphqljs-\(UUID().uuidString).js")
        let prelude = """
            const graphql = require('graphql');
            const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const out = (value) => process.stdout.write(JSON.stringify(value));

            """
        try (prelude + script).write(to: scriptURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scriptURL) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: nodePath)
        process.arguments = [scriptURL.path]
        var environment = ProcessInfo.processInfo.environment
        environment["NODE_PATH"] = "/usr/share/nodejs"
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()

        let payload = input.serializedBytes
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(payload))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        let errorText = String(decoding: errors, as: UTF8.self)
        if errorText.contains("Cannot find module 'graphql'") {
            throw XCTSkip("graphql-js is not installed")
        }
        guard process.terminationStatus == 0 else {
            XCTFail("node failed: \(errorText)")
            return .null
        }
        return try JSONReader.parse(Array(output))
    }
}

extension GraphQLError {
    /// The `{message, locations}` form graphql-js tests compare.
    var referenceJSON: JSON {
        var object = JSONObject()
        object.append("message", .string(message))
        let list: [JSON] = locations.map { ["line": .int($0.line), "column": .int($0.column)] }
        object.append("locations", .array(list))
        return .object(object)
    }
}
