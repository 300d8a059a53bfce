import Foundation
import JSON
import NodeSupport
import XCTest

/// `xpgraph exec` as a user runs it: the built binary, real files, exit codes and output.
final class ExecCommandTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = MockDifferentialTests.fixtures

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func exec(_ arguments: [String], stdin: String = "") throws -> Run {
        let binary = Self.repository.appendingPathComponent(".build/debug/xpgraph")
        let output = try ChildRun.run(binary.path, ["exec"] + arguments, input: Array(stdin.utf8))
        return Run(status: output.status, stdout: output.text, stderr: output.stderr)
    }

    private func scratch(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "exec-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    private var library: [String] {
        [
            "--schema", Self.fixtures.appendingPathComponent("library.graphql").path,
            "--data", Self.fixtures.appendingPathComponent("library.json").path,
        ]
    }

    func testResponsesGoToStandardOutputWithExitZero() throws {
        let variables = try scratch("v.json", #"{"t": "hi"}"#)
        let query = try scratch(
            "q.graphql", "query A { int } query B($t: String) { echoText(text: $t) }")
        let run = try exec(library + ["--variables", variables, "--operation", "B", query])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, #"{"data":{"echoText":"hi"}}"# + "\n")

        let fromStdin = try exec(library + ["-"], stdin: "{ mustString }")
        XCTAssertEqual(fromStdin.status, 0)
        XCTAssertEqual(
            fromStdin.stdout,
            #"{"errors":[{"message":"Cannot return null for non-nullable field Query.mustString.","locations":[{"line":1,"column":3}],"path":["mustString"]}],"data":null}"#
                + "\n")

        let syntax = try exec(library, stdin: "{ book {")
        XCTAssertEqual(syntax.status, 0)
        XCTAssertEqual(
            syntax.stdout,
            #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}]}]}"#
                + "\n")
    }

    func testUnusableFilesAreClearErrors() throws {
        let schema = Self.fixtures.appendingPathComponent("library.graphql").path
        let data = Self.fixtures.appendingPathComponent("library.json").path
        let badJSON = try scratch("bad.json", #"{"a": [1, }"#)
        let array = try scratch("array.json", "[1]")
        let badSchema = try scratch("bad.graphql", "type Query")
        let cases: [([String], String)] = [
            (
                ["--schema", "/nonexistent.graphql", "--data", data],
                "Cannot read the schema file /nonexistent.graphql."
            ),
            (
                ["--schema", schema, "--data", "/nonexistent.json"],
                "Cannot read the data file /nonexistent.json."
            ),
            (["--schema", schema, "--data", badJSON], "\(badJSON): invalid JSON at byte 10:"),
            (
                ["--schema", schema, "--data", array],
                "\(array): The data must be a JSON object, not an array."
            ),
            (
                ["--schema", badSchema, "--data", data],
                "\(badSchema): The schema is invalid: Type Query must define one or more fields."
            ),
            (
                ["--schema", schema, "--data", data, "--variables", array],
                "\(array): the variables must be a JSON object."
            ),
            (
                ["--schema", schema, "--data", data, "/nonexistent.graphql"],
                "Cannot read the query file /nonexistent.graphql."
            ),
            (["--data", data], "Usage: xpgraph exec"),
        ]
        for (arguments, message) in cases {
            let run = try exec(arguments)
            XCTAssertNotEqual(run.status, 0, message)
            XCTAssertEqual(run.stdout, "", message)
            XCTAssertTrue(run.stderr.hasPrefix("xpgraph exec: \(message)"), run.stderr)
        }
    }

    func testMisspelledOptionStopsWithASuggestion() throws {
        let run = try exec(["--variable", "v.json", "--schema", "s.graphql"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(
            run.stderr.contains(
                "Unknown option --variable for xpgraph exec. Did you mean --variables?"),
            run.stderr)
    }
}
