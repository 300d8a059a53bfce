import Foundation
import JSON
import XCTest

/// Strings whose one special byte sits at every position around the eight-byte
/// words the reader and writer skip at once: the writer's text must equal
/// Python's `json.dumps`, and the reader must read both back unchanged.
final class StringScanTests: XCTestCase {
    static let specials = ["\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "\u{7F}", "é", "日", "😀"]

    static var strings: [String] {
        var strings: [String] = []
        for length in 1...19 {
            for position in 0..<length {
                for special in specials {
                    strings.append(
                        String(repeating: "a", count: position) + special
                            + String(repeating: "b", count: length - position - 1))
                }
            }
        }
        strings.append(String(repeating: "x", count: 64) + "\"" + String(repeating: "y", count: 63))
        return strings
    }

    func testWriterMatchesPythonAndReaderReadsBoth() throws {
        let strings = Self.strings
        let ours = strings.map { JSON.string($0).serializedBytes }

        let script = """
            import sys, json
            for line in sys.stdin.buffer.read().decode("utf-8").split("\\n"):
                sys.stdout.write(json.dumps(json.loads(line), ensure_ascii=False) + "\\n")
            """
        let input = Array(ours.joined(separator: [UInt8(ascii: "\n")]))
        let output = try runProcess(
            ["env", "PYTHONIOENCODING=utf-8", "python3", "-c", script], input: input)
        let lines = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, strings.count + 1)

        for (index, string) in strings.enumerated() {
            XCTAssertEqual(
                String(decoding: ours[index], as: UTF8.self),
                String(decoding: lines[index], as: UTF8.self), "string \(index)")
            XCTAssertEqual(try JSONReader.parse(ours[index]), .string(string), "string \(index)")
            XCTAssertEqual(try JSONReader.parse(Array(lines[index])), .string(string))
        }
    }

    func testReaderRefusesRawControlAndBadUTF8AtEveryPosition() {
        for length in 1...19 {
            for position in 0..<length {
                for bad: [UInt8] in [[0x0A], [0x01], [0xFF], [0xC3], [0xED, 0xA0, 0x80]] {
                    var text: [UInt8] = [UInt8(ascii: "\"")]
                    text += Array(repeating: UInt8(ascii: "a"), count: position) + bad
                    text += Array(repeating: UInt8(ascii: "b"), count: length - position - 1)
                    text.append(UInt8(ascii: "\""))
                    XCTAssertThrowsError(try JSONReader.parse(text), "\(bad) at \(position)")
                }
            }
        }
    }

    func testUnterminatedLongStringIsRefused() {
        let text = Array(("\"" + String(repeating: "z", count: 40)).utf8)
        XCTAssertThrowsError(try JSONReader.parse(text)) { error in
            XCTAssertEqual((error as? JSONError)?.message, "Unterminated string.")
        }
    }
}
