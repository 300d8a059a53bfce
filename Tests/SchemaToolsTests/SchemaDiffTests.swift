import Foundation
import GraphQL
import JSON
import SchemaTools
import XCTest

/// `SchemaDiff` against graphql-js's `findBreakingChanges` and `findDangerousChanges` over
/// schema pairs made from `Fixtures/diff-base.graphql` and the edits of `diff-edits.txt`.
final class SchemaDiffTests: XCTestCase {
    func testGraphQLJSKindsMatchOverManyPairs() throws {
        let pairs = try Self.makePairs()
        XCTAssertGreaterThanOrEqual(pairs.count, 300)
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("schema-diff-pairs-\(getpid()).json")
        let list = JSON.array(
            pairs.map { pair in
                var object = JSONObject()
                object.append("old", .string(pair.old))
                object.append("new", .string(pair.new))
                return .object(object)
            })
        try list.serialized.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let expected = try XCTUnwrap(
            NodeReference.json(script: "diff-oracle.js", arguments: [file.path]).arrayValue)
        XCTAssertEqual(expected.count, pairs.count)

        var compared = 0
        var nonEmpty = 0
        var kindsSeen: Set<String> = []
        for (index, pair) in pairs.enumerated() {
            let changes = SchemaDiff.changes(
                from: try Schema(sdl: pair.old), to: try Schema(sdl: pair.new))
            let ours = changes.filter { SchemaChange.Kind.graphQLJSKinds.contains($0.kind) }
                .map { "\($0.kind.rawValue): \($0.message)" }
            let theirs = (expected[index].arrayValue ?? []).map {
                "\($0["type"]?.stringValue ?? ""): \($0["description"]?.stringValue ?? "")"
            }
            XCTAssertEqual(ours.sorted(), theirs.sorted(), "pair \(index) (\(pair.label))")
            for change in changes where SchemaChange.Kind.graphQLJSKinds.contains(change.kind) {
                let breaking = theirs.contains { $0.hasPrefix(change.kind.rawValue + ":") }
                XCTAssertTrue(breaking, "pair \(index): \(change.kind)")
            }
            compared += 1
            if !theirs.isEmpty { nonEmpty += 1 }
            for change in expected[index].arrayValue ?? [] {
                kindsSeen.insert(change["type"]?.stringValue ?? "")
            }
        }
        XCTAssertEqual(compared, pairs.count)
        XCTAssertGreaterThan(nonEmpty, 250)
        XCTAssertEqual(
            kindsSeen, Set(SchemaChange.Kind.graphQLJSKinds.map(\.rawValue)),
            "every graphql-js kind occurs in some pair")
    }

    func testSeverityFollowsGraphQLJSSplit() {
        let breaking: Set<String> = [
            "TYPE_REMOVED", "TYPE_CHANGED_KIND", "TYPE_REMOVED_FROM_UNION",
            "VALUE_REMOVED_FROM_ENUM", "REQUIRED_INPUT_FIELD_ADDED",
            "IMPLEMENTED_INTERFACE_REMOVED", "FIELD_REMOVED", "FIELD_CHANGED_KIND",
            "REQUIRED_ARG_ADDED", "ARG_REMOVED", "ARG_CHANGED_KIND", "DIRECTIVE_REMOVED",
            "DIRECTIVE_ARG_REMOVED", "REQUIRED_DIRECTIVE_ARG_ADDED",
            "DIRECTIVE_REPEATABLE_REMOVED", "DIRECTIVE_LOCATION_REMOVED",
        ]
        XCTAssertEqual(SchemaChange.Kind.graphQLJSKinds.count, 22)
        let old = try! Schema(sdl: Self.base)
        for edit in try! Self.edits() {
            guard let text = edit.apply(Self.base), let new = try? Schema(sdl: text) else {
                continue
            }
            for change in SchemaDiff.changes(from: old, to: new)
            where SchemaChange.Kind.graphQLJSKinds.contains(change.kind) {
                XCTAssertEqual(
                    change.severity == .breaking, breaking.contains(change.kind.rawValue),
                    change.message)
            }
        }
    }

    func testKindsGraphQLJSLacks() throws {
        let cases: [(String, String, String, SchemaChange.Severity)] = [
            (
                "  MEMBER", "  MEMBER @deprecated(reason: \"Gone soon.\")", "DEPRECATION_ADDED",
                .safe
            ),
            ("  GUEST @deprecated", "  GUEST", "DEPRECATION_REMOVED", .dangerous),
            ("\"A person.\"", "\"A human.\"", "DESCRIPTION_CHANGED", .safe),
            (
                "  limit: Int = 5", "  limit: Int = 6", "INPUT_FIELD_DEFAULT_VALUE_CHANGE",
                .dangerous
            ),
            ("  max: Int = 100", "  max: Int", "INPUT_FIELD_DEFAULT_VALUE_CHANGE", .dangerous),
            ("  tags: [String]", "  tags: [String]!", "TYPE_CHANGED_SAFELY", .safe),
            (
                "  friends(first: Int)", "  friends(first: Int = 3)", "DEFAULT_VALUE_ADDED",
                .dangerous
            ),
            ("input Range {", "input Range @oneOf {", "ONE_OF_ADDED", .breaking),
            ("  email: String!", "  email: String!\n  phone: String", "FIELD_ADDED", .safe),
            ("scalar DateTime", "scalar DateTime\nscalar Upload", "TYPE_ADDED", .safe),
            ("  count: Int!", "  count: Int", "FIELD_CHANGED_KIND", .breaking),
            ("  nameContains: String", "  nameContains: String!", "FIELD_CHANGED_KIND", .breaking),
        ]
        let old = try Schema(sdl: Self.base)
        for (from, to, kind, severity) in cases {
            let text = Self.base.replacingOccurrences(of: from, with: to)
            XCTAssertNotEqual(text, Self.base, from)
            let changes = SchemaDiff.changes(from: old, to: try Schema(sdl: text))
            let match = changes.first { $0.kind.rawValue == kind }
            XCTAssertEqual(match?.severity, severity, "\(from) -> \(to): \(changes)")
        }
        XCTAssertEqual(SchemaDiff.changes(from: old, to: try Schema(sdl: Self.base)), [])
    }

    // MARK: Pairs

    struct Edit {
        var from: String
        var to: String
        func apply(_ text: String) -> String? {
            guard let range = text.range(of: from) else { return nil }
            return text.replacingCharacters(in: range, with: to)
        }
    }

    static let base =
        (try? String(
            contentsOf: NodeReference.fixtures.appendingPathComponent("diff-base.graphql"),
            encoding: .utf8)) ?? ""

    static func edits() throws -> [Edit] {
        let text = try String(
            contentsOf: NodeReference.fixtures.appendingPathComponent("diff-edits.txt"),
            encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), let arrow = line.range(of: " ==> ") else { return nil }
            let unescape = { (part: Substring) in part.replacingOccurrences(of: "\\n", with: "\n") }
            return Edit(
                from: unescape(line[..<arrow.lowerBound]), to: unescape(line[arrow.upperBound...]))
        }
    }

    /// Each edit forwards and backwards, then seeded random pairs and triples of edits.
    static func makePairs() throws -> [(old: String, new: String, label: String)] {
        let edits = try edits()
        var pairs: [(old: String, new: String, label: String)] = []
        func valid(_ sdl: String) -> Bool { (try? Schema(sdl: sdl)) != nil }
        for (index, edit) in edits.enumerated() {
            guard let changed = edit.apply(base), valid(changed) else { continue }
            pairs.append((base, changed, "edit \(index)"))
            pairs.append((changed, base, "edit \(index) reversed"))
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var attempts = 0
        while pairs.count < 360, attempts < 5_000 {
            attempts += 1
            var text = base
            var label: [Int] = []
            for _ in 0..<(2 + next(2)) {
                let pick = next(edits.count)
                if let changed = edits[pick].apply(text) {
                    text = changed
                    label.append(pick)
                }
            }
            guard label.count >= 2, valid(text) else { continue }
            let other = edits[next(edits.count)].apply(base) ?? base
            guard valid(other) else { continue }
            pairs.append((other, text, "edits \(label)"))
        }
        return pairs
    }
}
