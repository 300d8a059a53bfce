import Foundation
import GraphQL
import JSON
import Mock
import NodeSupport
import XCTest

/// Every case of `Fixtures/cases.json` through `MockService` and through graphql-js with the
/// same conventions (`Fixtures/mock-reference.js`): the serialized responses must be identical.
final class MockDifferentialTests: XCTestCase {
    static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func testLibraryCasesMatchGraphQLJS() async throws {
        try await compare(schema: "library.graphql", data: "library.json", cases: "cases.json")
    }

    func testScalarCoercionCasesMatchGraphQLJS() async throws {
        try await compare(
            schema: "scalars.graphql", data: "scalars.json", cases: "scalars-cases.json")
    }

    /// The same cases with every resolver asynchronous, here and in graphql-js.
    func testAsynchronousResolversMatchGraphQLJS() async throws {
        try await compare(
            schema: "library.graphql", data: "library.json", cases: "cases.json",
            isAsynchronous: true)
        try await compare(
            schema: "scalars.graphql", data: "scalars.json", cases: "scalars-cases.json",
            isAsynchronous: true)
    }

    private func compare(
        schema: String, data: String, cases: String, isAsynchronous: Bool = false
    ) async throws {
        let paths = [schema, data, cases].map { Self.fixtures.appendingPathComponent($0).path }
        let expected = try NodeReference.run(
            script: Self.fixtures.appendingPathComponent("mock-reference.js").path,
            arguments: paths + (isAsynchronous ? ["async"] : []))
        let sdl = try String(contentsOfFile: paths[0], encoding: .utf8)
        let root = try JSONReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: paths[1]))))
        let list = try JSONReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: paths[2]))))
        let service = try MockService(sdl: sdl, root: root, isAsynchronous: isAsynchronous)

        let testCases = try XCTUnwrap(list.arrayValue)
        XCTAssertGreaterThanOrEqual(testCases.count, 50)
        XCTAssertEqual(expected.arrayValue?.count, testCases.count)
        for (index, testCase) in testCases.enumerated() {
            let query = try XCTUnwrap(testCase["query"]?.stringValue)
            let result = await service.execute(
                query, operationName: testCase["operationName"]?.stringValue,
                variables: testCase["variables"]?.objectValue)
            if isAsynchronous {
                Self.assertEquivalent(
                    result.json, expected[index] ?? nil, "case \(index): \(query)")
            } else {
                XCTAssertEqual(
                    result.json.serialized, expected[index]?.serialized, "case \(index): \(query)")
            }
        }
    }

    /// With asynchronous resolvers graphql-js's error list depends on promise timing: errors
    /// are ordered by when they settle, and siblings of a field whose null propagated still
    /// report errors if they settle before the response is built. This executor stops work
    /// under a nulled position. So: `data` identical, the same errors in some order, except
    /// that graphql-js may have more, each at or under a position that is null in `data`.
    static func assertEquivalent(_ ours: JSON, _ expected: JSON, _ label: String) {
        XCTAssertEqual(ours["data"]?.serialized, expected["data"]?.serialized, label)
        let ourErrors = ours["errors"]?.arrayValue ?? []
        var theirErrors = expected["errors"]?.arrayValue ?? []
        for error in ourErrors {
            guard let index = theirErrors.firstIndex(of: error) else {
                XCTFail("\(label): graphql-js lacks \(error.serialized)")
                continue
            }
            theirErrors.remove(at: index)
        }
        for error in theirErrors {
            let path = error["path"]?.arrayValue ?? []
            XCTAssertTrue(
                isUnderNull(path, expected["data"] ?? nil),
                "\(label): missing \(error.serialized)")
        }
    }

    /// Whether some proper prefix of `path` is null in `data` (the position was discarded).
    static func isUnderNull(_ path: [JSON], _ data: JSON) -> Bool {
        var node = data
        for component in path.dropLast() {
            if node == .null { return true }
            switch component {
            case .string(let key): node = node[key] ?? .null
            case .int(let index): node = node[index] ?? .null
            default: return false
            }
        }
        return node == .null
    }
}

/// Runs a node script with graphql-js 16 on its module path; its stdout is JSON.
enum NodeReference {
    static func run(script: String, arguments: [String]) throws -> JSON {
        try JSONReader.parse(NodeProcess.runBlocking(arguments: [script] + arguments))
    }
}

/// Files and schemas the service refuses, with messages that say why.
final class MockServiceTests: XCTestCase {
    func testInvalidSchemasAreRefusedWithGraphQLJSMessages() throws {
        let cases: [(String, String)] = [
            ("type Foo { a: Int }", "Query root type must be provided."),
            ("type Query", "Type Query must define one or more fields. (1:1)"),
            (
                "interface I { a: Int } type Query implements I { b: Int }",
                "Interface field I.a expected but Query does not provide it. (1:15, 1:24)"
            ),
            (
                "interface I { a: Int! } type Query implements I { a: Int }",
                "Interface field I.a expects type Int! but Query.a is type Int. (1:18, 1:54)"
            ),
            (
                "interface I { a(x: Int): Int } type Query implements I { a: Int }",
                "Interface field argument I.a(x:) expected but Query.a does not provide it."
                    + " (1:17, 1:58)"
            ),
            (
                "type Query { a: U } union U = Query | I interface I { a: Int } enum E",
                "Union type U can only include Object types, it cannot include I. (1:39)\n\n"
                    + "Enum type E must define one or more values. (1:64)"
            ),
            ("type Query { a: Nope }", "Unknown type \"Nope\". (1:17)"),
            ("type Query { a: Int", "Syntax Error: Expected Name, found <EOF>. (1:20)"),
        ]
        for (sdl, message) in cases {
            XCTAssertThrowsError(try MockService(sdl: sdl, root: [:]), sdl) { error in
                XCTAssertEqual((error as? MockError)?.message, "The schema is invalid: \(message)")
            }
        }
        // Covariant implementations are fine.
        XCTAssertNoThrow(
            try MockService(
                sdl:
                    "interface I { a: I, b: [Int] } type Query implements I { a: Query, b: [Int!]! }",
                root: [:]))
        XCTAssertThrowsError(try MockService(sdl: "type Query { a: Int }", root: [1])) { error in
            XCTAssertEqual(
                (error as? MockError)?.message, "The data must be a JSON object, not an array.")
        }
    }

    /// Every error of graphql-js's `validateSchema`, with its locations, in its order.
    func testGraphQLJSAgreesTheSchemasAreInvalid() throws {
        let invalid = [
            "type Query", "interface I { a: Int } type Query implements I { b: Int }",
            "interface I { a: Int! } type Query implements I { a: Int }",
            "interface I { a(x: Int): Int } type Query implements I { a: Int }",
            "type Query { a(i: In): Int } input In { a: In!, b: Query }",
            "schema { query: Q } scalar Q directive @d(__a: Int! @deprecated) on FIELD",
            "type Query implements I & J { a: Int } interface I implements J { a: Int }"
                + " interface J { a: Int } union U",
        ]
        let directory = FileManager.default.temporaryDirectory
        let script = directory.appendingPathComponent("mock-schema-\(UUID().uuidString).js")
        try """
        const graphql = require('graphql');
        const sdls = JSON.parse(process.argv[2]);
        const located = (e) => e.locations === undefined ? e.message :
          `${e.message} (${e.locations.map((l) => `${l.line}:${l.column}`).join(', ')})`;
        process.stdout.write(JSON.stringify(sdls.map((sdl) =>
          graphql.validateSchema(graphql.buildSchema(sdl)).map(located).join('\\n\\n'))));
        """.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let expected = try NodeReference.run(
            script: script.path, arguments: [JSON.array(invalid.map(JSON.string)).serialized])
        for (index, sdl) in invalid.enumerated() {
            XCTAssertThrowsError(try MockService(sdl: sdl, root: [:])) { error in
                XCTAssertEqual(
                    (error as? MockError)?.message,
                    "The schema is invalid: " + (expected[index]?.stringValue ?? "?"))
            }
        }
    }
}
