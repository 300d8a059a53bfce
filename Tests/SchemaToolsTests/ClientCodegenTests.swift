import Federation
import Foundation
import GraphQL
import JSON
import SchemaTools
import XCTest

/// TypeScript from `ClientCodegen` type-checked by tsc against sample usage, and the
/// manifest's hashes recomputed by Python.
final class ClientCodegenTests: XCTestCase {
    static let client = NodeReference.fixtures.appendingPathComponent("client")

    func generate() throws -> (ClientCodegen.Output, URL) {
        let schema = try Schema(
            sdl: String(
                contentsOf: Self.client.appendingPathComponent("schema.graphql"), encoding: .utf8))
        let documents = try ClientDocuments.load(
            directory: Self.client.appendingPathComponent("operations").path)
        let output = ClientCodegen(schema: schema).generate(documents)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("client-codegen-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try output.typeScript.write(
            to: directory.appendingPathComponent("operations.ts"), atomically: true,
            encoding: .utf8)
        for file in ["usage.ts", "misuse.ts"] {
            try FileManager.default.copyItem(
                at: Self.client.appendingPathComponent(file),
                to: directory.appendingPathComponent(file))
        }
        return (output, directory)
    }

    func tsc(_ file: String, in directory: URL) throws -> (status: Int32, stdout: String) {
        let result = try NodeReference.run(
            "/usr/bin/tsc",
            ["--noEmit", "--strict", "--target", "es2017", "--moduleResolution", "node", file],
            directory: directory.path)
        return (result.status, result.stdout + result.stderr)
    }

    func testGeneratedTypesCheckAgainstSampleUsage() throws {
        let (output, directory) = try generate()
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(output.problems, [])
        XCTAssertTrue(output.typeScript.hasPrefix(ClientCodegen.header))
        let good = try tsc("usage.ts", in: directory)
        XCTAssertEqual(good.status, 0, good.stdout + "\n" + output.typeScript)
    }

    func testMisuseIsATypeErrorOnEveryLine() throws {
        let (_, directory) = try generate()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = try tsc("misuse.ts", in: directory)
        XCTAssertNotEqual(bad.status, 0)
        let lines = bad.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("misuse.ts("), let comma = line.firstIndex(of: ",") else {
                return nil
            }
            return Int(line[line.index(line.startIndex, offsetBy: 10)..<comma])
        }
        XCTAssertEqual(Set(lines), [4, 5, 6, 7, 10, 15, 17], bad.stdout)
    }

    func testManifestHashesAreSHA256OfTheBodies() throws {
        let (output, directory) = try generate()
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(output.manifest.entries.map(\.name), ["Item", "Rename", "Tags", "Search"])
        let file = directory.appendingPathComponent("manifest.json")
        try output.manifest.json.serialized.write(to: file, atomically: true, encoding: .utf8)
        let check = try NodeReference.run(
            "/usr/bin/python3",
            [
                "-c",
                "import hashlib, json, sys\n"
                    + "m = json.load(open(sys.argv[1]))\n"
                    + "assert m['format'] == 'apollo-persisted-query-manifest'\n"
                    + "print(sum(hashlib.sha256(o['body'].encode()).hexdigest() == o['id'] "
                    + "for o in m['operations']))",
                file.path,
            ])
        XCTAssertEqual(check.stdout, "4\n", check.stderr)
        // The body carries the fragments the operation spreads, from other files too.
        let item = try XCTUnwrap(output.manifest.entries.first { $0.name == "Item" })
        XCTAssertTrue(item.body.contains("fragment ItemParts on Item"))
        XCTAssertTrue(
            try validate(
                parse(item.body),
                against: Schema(
                    sdl: String(
                        contentsOf: Self.client.appendingPathComponent("schema.graphql"),
                        encoding: .utf8))
            )
            .isEmpty)
    }

    func testProjectOperationsCheckAgainstTheAPISchema() throws {
        let root = ProjectFreshnessTests.root
        let supergraph = try Supergraph(
            sdl: String(
                contentsOf: root.appendingPathComponent("schema/supergraph.graphql"),
                encoding: .utf8))
        let documents = try ClientDocuments.load(
            directory: root.appendingPathComponent("schema/operations").path)
        let output = ClientCodegen(schema: supergraph.apiSchema, scalars: ["DateTime": "string"])
            .generate(documents)
        XCTAssertEqual(output.problems, [])
        XCTAssertTrue(output.typeScript.contains("export type DashboardResult = {"))
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("client-project-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try output.typeScript.write(
            to: directory.appendingPathComponent("operations.ts"), atomically: true,
            encoding: .utf8)
        try """
        import type { DashboardResult } from "./operations";
        export function names(r: DashboardResult): string[] {
          return (r.me?.forms.nodes ?? []).map((f) => f.title + f.submissions.nodes.length);
        }
        """.write(
            to: directory.appendingPathComponent("use.ts"), atomically: true, encoding: .utf8)
        let result = try tsc("use.ts", in: directory)
        XCTAssertEqual(result.status, 0, result.stdout + "\n" + output.typeScript)
    }

    func testDuplicateAndAnonymousOperationsAreProblems() throws {
        let schema = try Schema(sdl: "type Query { a: Int b: String }")
        let output = ClientCodegen(schema: schema).generate([
            ClientDocument(origin: "one.graphql", text: "query A { a }"),
            ClientDocument(origin: "two.graphql", text: "query A { b }"),
            ClientDocument(origin: "three.graphql", text: "{ a }"),
        ])
        XCTAssertEqual(
            output.problems.map(\.message),
            [
                "Operation \"A\" is also defined in one.graphql.",
                "Anonymous operations cannot be generated: give it a name.",
            ])
        XCTAssertEqual(output.problems.map(\.origin), ["two.graphql", "three.graphql"])
        XCTAssertEqual(output.typeScript.components(separatedBy: "export type AResult").count, 2)
    }
}
