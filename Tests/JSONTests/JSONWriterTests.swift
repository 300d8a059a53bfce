import Foundation
import JSON
import XCTest

final class JSONWriterTests: XCTestCase {
    func testCompactStructures() {
        let value: JSON = ["a": [1, true, nil, "x"], "b": ["c": .object(JSONObject())], "d": []]
        XCTAssertEqual(value.serialized, #"{"a":[1,true,null,"x"],"b":{"c":{}},"d":[]}"#)
        XCTAssertEqual(JSON.array([]).serialized, "[]")
        XCTAssertEqual(JSON.null.serializedBytes, Array("null".utf8))
    }

    func testStringEscapes() {
        XCTAssertEqual(JSON.string("a\"b\\c/d").serialized, #""a\"b\\c/d""#)
        XCTAssertEqual(JSON.string("\n\r\t\u{8}\u{C}").serialized, #""\n\r\t\b\f""#)
        XCTAssertEqual(
            JSON.string("\u{0}\u{1}\u{1F}\u{7F}").serialized, "\"\\u0000\\u0001\\u001f\u{7F}\"")
        XCTAssertEqual(JSON.string("é日本😀\u{2028}").serialized, "\"é日本😀\u{2028}\"")
        XCTAssertEqual(JSON.string("").serialized, "\"\"")
        XCTAssertEqual(JSON.object(["k\"\n": 1]).serialized, #"{"k\"\n":1}"#)
    }

    func testIntegers() {
        XCTAssertEqual(JSON.int(0).serialized, "0")
        XCTAssertEqual(JSON.int(-7).serialized, "-7")
        XCTAssertEqual(JSON.int(.max).serialized, "9223372036854775807")
        XCTAssertEqual(JSON.int(.min).serialized, "-9223372036854775808")
    }

    /// Expected texts are what `JSON.stringify` prints in node.
    func testDoublesPrintLikeJavaScript() {
        let cases: [(Double, String)] = [
            (1.0, "1"), (-0.0, "0"), (1.5, "1.5"), (100, "100"), (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
            (123e18, "123000000000000000000"), (1.5e-7, "1.5e-7"), (1e-7, "1e-7"),
            (0.000001, "0.000001"), (1.23e-18, "1.23e-18"), (-2.5e30, "-2.5e+30"),
            (.greatestFiniteMagnitude, "1.7976931348623157e+308"), (5e-324, "5e-324"),
            (9_007_199_254_740_993, "9007199254740992"), (123.456, "123.456"),
            (0.0001, "0.0001"), (0.00012345, "0.00012345"), (0.00001, "0.00001"),
            (4503599627370495.5, "4503599627370495.5"), (-0.5, "-0.5"),
            (.nan, "null"), (.infinity, "null"), (-.infinity, "null"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(JSON.double(value).serialized, expected, "\(value)")
        }
    }

    func testNumberTextAndRawAreVerbatim() {
        XCTAssertEqual(
            JSON.number("123456789012345678901234567890").serialized,
            "123456789012345678901234567890")
        var writer = JSONWriter(capacity: 16)
        writer.writeRaw("{\"pre\":")
        writer.writeRaw(#"{"encoded":true}"#)
        writer.writeRaw("}")
        writer.writeString("tail")
        XCTAssertEqual(
            String(decoding: writer.bytes, as: UTF8.self), #"{"pre":{"encoded":true}}"tail""#)
    }

    /// Random bit patterns through our writer and through node's
    /// `JSON.stringify`: the texts must be identical.
    func testRandomDoublesMatchNode() throws {
        var generator = SeededGenerator(seed: 0x5EED_D0B1)
        var values: [Double] = []
        while values.count < 4_000 {
            let value: Double
            switch values.count % 4 {
            case 0: value = Double(bitPattern: generator.next())
            case 1:
                value = Double(Int64(bitPattern: generator.next()) >> Int(generator.next() % 64))
            case 2: value = Double(Int64(bitPattern: generator.next()) % 1_000_000) / 1000
            default:
                value =
                    Double.random(in: -1e-5...1e-5, using: &generator)
                    * pow(10, Double(generator.next() % 60))
            }
            if value.isFinite { values.append(value) }
        }
        let ours = values.map { JSON.double($0).serialized }

        let script = """
            const lines = require('fs').readFileSync(0, 'utf8').trim().split('\\n');
            const out = lines.map(h => {
              const b = Buffer.from(h, 'hex');
              return JSON.stringify(b.readDoubleBE(0));
            });
            process.stdout.write(out.join('\\n'));
            """
        let input = values.map { String(format: "%016llx", $0.bitPattern) }.joined(separator: "\n")
        let output = try runProcess(["node", "-e", script], input: Array(input.utf8))
        let theirs = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(theirs.count, ours.count)
        for (index, (mine, node)) in zip(ours, theirs).enumerated() where mine != node {
            XCTFail("\(values[index]): wrote \(mine), node wrote \(node)")
        }
    }
}
