import Foundation
import JSON
import XCTest

/// Random documents written by our writer, read and written again by
/// Python's `json`, and read back by our reader: the values must survive.
final class JSONPythonDifferentialTests: XCTestCase {
    func testRoundTripThroughPython() throws {
        var generator = SeededGenerator(seed: 20_260_203)
        let documents = (0..<400).map { _ in randomValue(depth: 0, using: &generator) }

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

    private func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSON {
        let choice = depth >= 4 ? generator.next() % 6 : generator.next() % 9
        switch choice {
        case 0: return .null
        case 1: return .bool(generator.next() % 2 == 0)
        case 2: return .int(randomInt(using: &generator))
        case 3: return .double(randomDouble(using: &generator))
        case 4: return .string(randomString(using: &generator))
        case 5:
            // Integers beyond Int stay as text; Python keeps them exact too.
            let digits = (0..<(20 + Int(generator.next() % 20))).map { _ in
                String(generator.next() % 10)
            }
            return .number((generator.next() % 2 == 0 ? "-" : "") + "9" + digits.joined())
        case 6, 7:
            let count = Int(generator.next() % 6)
            return .array((0..<count).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var object = JSONObject()
            for index in 0..<Int(generator.next() % 6) {
                // A suffix keeps keys unique: Python and we both keep the last value.
                object.append(
                    randomString(using: &generator) + "#\(index)",
                    randomValue(depth: depth + 1, using: &generator))
            }
            return .object(object)
        }
    }

    private func randomInt(using generator: inout SeededGenerator) -> Int {
        let raw = Int(bitPattern: UInt(generator.next()))
        switch generator.next() % 3 {
        case 0: return raw
        case 1: return raw % 1000
        default: return raw >> 20
        }
    }

    private func randomDouble(using generator: inout SeededGenerator) -> Double {
        while true {
            let value: Double
            if generator.next() % 2 == 0 {
                value = Double(bitPattern: generator.next())
            } else {
                value = Double(Int(generator.next() % 2_000_000) - 1_000_000) / 64
            }
            if value.isFinite { return value }
        }
    }

    private func randomString(using generator: inout SeededGenerator) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int(generator.next() % 12) {
            let value: UInt32
            switch generator.next() % 6 {
            case 0: value = UInt32(generator.next() % 0x20)  // control characters
            case 1: value = [0x22, 0x5C, 0x2F, 0x7F][Int(generator.next() % 4)]
            case 2: value = 0x20 + UInt32(generator.next() % 0x5F)
            case 3: value = 0x80 + UInt32(generator.next() % 0x780)
            case 4: value = 0x800 + UInt32(generator.next() % 0xF800)
            default: value = 0x10000 + UInt32(generator.next() % 0x100000)
            }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
