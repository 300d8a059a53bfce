import Foundation
import GraphQL
import JSON
import NodeSupport
import XCTest

/// Runs graphql-js 16 under node as the reference implementation.
enum GraphQLJS {
    /// Runs `script` with `input` as JSON on stdin and returns its stdout as JSON.
    ///
    /// The script sees `graphql` (the module) and `input`, and prints with `out(value)`.
    /// Throws `MissingPrerequisite` when node or graphql-js is not installed.
    static func run(_ script: String, input: JSON) throws -> JSON {
        let directory = FileManager.default.temporaryDirectory
        let scriptURL = directory.appendingPathComponent("graphqljs-\(UUID().uuidString).js")
        let prelude = """
            const graphql = require('graphql');
            const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const out = (value) => process.stdout.write(JSON.stringify(value));

            """
        try (prelude + script).write(to: scriptURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scriptURL) }
        let output = try NodeProcess.runBlocking(
            arguments: [scriptURL.path], input: input.serializedBytes)
        return try JSONReader.parse(output)
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
