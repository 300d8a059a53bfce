import Foundation
import JSON
import XCTest

/// Random documents written by our writer, read and written again by
/// Python's `json`, and read back by our reader: the values must survive.
final class JSONPythonDifferentialTests: XCTestCase {
    func testRoundTripThroughPython() throws {
        var generator = SeededGenerator(seed: 20_260_203)
        let documents = (0..<400).map { _ in randomJSON(depth: 0, using: &generator) }

        // Our own reader must read our writer's output back unchanged.
        for document in documents {
            XCTAssertTrue(sameValue(try JSONReader.parse(document.serializedBytes), document))
        }

        // Python prints each document twice: raw UTF-8, then ASCII with
        // \u escapes (surrogate pairs for astral characters).
        let script = """
            import sys, json
            out = sys.stdout
            for line in sys.stdin.buffer.read().decode("utf-8").split("\\n"):
                value = json.loads(line)
                out.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\\n")
                out.write(json.dumps(value, ensure_ascii=True, separators=(",", ":")) + "\\n")
            """
        var input: [UInt8] = []
        for (index, document) in documents.enumerated() {
            if index > 0 { input.append(UInt8(ascii: "\n")) }
            input += document.serializedBytes
        }
        let output = try runProcess(
            ["env", "PYTHONIOENCODING=utf-8", "python3", "-c", script], input: input)
        let lines = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, documents.count * 2 + 1)

        for (index, document) in documents.enumerated() {
            for line in [lines[2 * index], lines[2 * index + 1]] {
                let reread = try JSONReader.parse(line)
                XCTAssertTrue(
                    sameValue(reread, document),
                    "document \(index): \(document.serialized) came back as \(reread.serialized)")
            }
        }
    }
}
