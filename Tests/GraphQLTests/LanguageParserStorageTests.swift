import GraphQL
import XCTest

/// The parser's name cache and list scratch space, seen through `parse`: whatever they
/// reuse between names, lists and documents, every document parses to its own text.
final class LanguageParserStorageTests: XCTestCase {
    /// Names of every length up to 40 that differ in one byte only, at each position:
    /// the cache keys names by length and first and last bytes.
    func testNamesDifferingInOneByteStayDistinct() throws {
        var names: [String] = []
        for length in 1...40 {
            let base = String(repeating: "a", count: length)
            names.append(base)
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "b")
                names.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let document = try parse("{ " + names.joined(separator: " ") + " }")
        XCTAssertEqual(fieldNames(document), names)
    }

    /// More distinct names than cache slots, each repeated, in a different order each time.
    func testManyNamesRepeated() throws {
        let distinct = (0..<300).map { "field\($0)_\(String(repeating: "x", count: $0 % 20))" }
        let names = distinct + distinct.reversed() + distinct.shuffled()
        let document = try parse("{ " + names.joined(separator: ", ") + " }")
        XCTAssertEqual(fieldNames(document), names)
    }

    /// Syntax errors abandon lists at every depth; the documents parsed afterwards, on
    /// the reused scratch space, are unaffected.
    func testErrorsInsideListsLeaveLaterParsesIntact() throws {
        let text = """
            query Q($a: [Int!] = [1, 2], $b: In = {x: [{y: 1}]}) @d(a: [1]) {
              f(a: [1, [2, {b: "c"}]], d: $a) @e(f: 1) @g { h ... on T @i { j } ...F }
            }
            fragment F on T { k(l: {m: [true, null, ENUM]}) { n } }
            """
        let expected = try parse(text)
        var failures = 0
        for length in 0..<text.utf8.count {
            let prefix = String(decoding: Array(text.utf8)[0..<length], as: UTF8.self)
            do { _ = try parse(prefix) } catch { failures += 1 }
            XCTAssertEqual(try parse(text), expected, "after the prefix of \(length) bytes")
        }
        // Only the two prefixes that end just after the operation's `}` (with or without
        // the line break) are whole documents.
        XCTAssertEqual(failures, text.utf8.count - 2)
    }

    /// A document whose lists outgrow the scratch space, then a small one.
    func testLargeDocumentThenSmallOne() throws {
        let fields = (0..<2_000).map { "f\($0)(a: [\($0), \($0 + 1)])" }
        let nested = String(repeating: "{ a b c ", count: 150) + String(repeating: "}", count: 150)
        let large = try parse(
            "{ " + fields.joined(separator: " ") + " }\nquery N " + nested,
            limits: ParseLimits(maxTokens: .max, maxDepth: 200))
        XCTAssertEqual(fieldNames(large).count, 2_000)
        XCTAssertEqual(fieldNames(large).last, "f1999")
        let small = try parse("{ a }")
        XCTAssertEqual(fieldNames(small), ["a"])
    }

    private func fieldNames(_ document: Document) -> [String] {
        guard case .operation(let operation) = document.definitions.first else { return [] }
        return operation.selectionSet.selections.compactMap {
            if case .field(let field) = $0 { return field.name.value }
            return nil
        }
    }
}
