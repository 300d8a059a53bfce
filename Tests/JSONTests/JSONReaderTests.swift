import JSON
import XCTest

final class JSONReaderTests: XCTestCase {
    private func parse(_ text: String) throws -> JSON {
        try JSONReader.parse(text)
    }

    func testStructures() throws {
        XCTAssertEqual(try parse("[]"), .array([]))
        XCTAssertEqual(try parse("{}"), .object(JSONObject()))
        XCTAssertEqual(try parse(" [[]   ] "), .array([.array([])]))
        XCTAssertEqual(try parse("[null, 1, \"1\", {}]"), [nil, 1, "1", .object(JSONObject())])
        XCTAssertEqual(try parse("[1,null,null,null,2]"), [1, nil, nil, nil, 2])
        XCTAssertEqual(
            try parse(" {\"a\"\n:\n\"b\" ,\t\"c\":[true,false]}\r\n"),
            ["a": "b", "c": [true, false]])
        XCTAssertEqual(try parse("{\"x\":[{\"id\": \"x\"}]}"), ["x": [["id": "x"]]])
        XCTAssertEqual(try parse("{\"\":0}"), ["": 0])
    }

    func testScalarDocuments() throws {
        XCTAssertEqual(try parse("2"), 2)
        XCTAssertEqual(try parse("\"asd\""), "asd")
        XCTAssertEqual(try parse("null"), nil)
        XCTAssertEqual(try parse(" true"), true)
        XCTAssertEqual(try parse("false "), false)
        XCTAssertEqual(try parse("-0.1"), .double(-0.1))
    }

    func testIntegers() throws {
        XCTAssertEqual(try parse("0"), .int(0))
        XCTAssertEqual(try parse("-0"), .int(0))
        XCTAssertEqual(try parse("123456789"), .int(123_456_789))
        XCTAssertEqual(try parse("9223372036854775807"), .int(.max))
        XCTAssertEqual(try parse("-9223372036854775808"), .int(.min))
        XCTAssertEqual(try parse("9223372036854775808"), .number("9223372036854775808"))
        XCTAssertEqual(try parse("-9223372036854775809"), .number("-9223372036854775809"))
        XCTAssertEqual(
            try parse("123123123123123123123123123123"), .number("123123123123123123123123123123"))
    }

    func testFractionsAndExponentsAreDoublesWhenExact() throws {
        XCTAssertEqual(try parse("1.5"), .double(1.5))
        XCTAssertEqual(try parse("1.0"), .double(1))
        XCTAssertEqual(try parse("1e2"), .double(100))
        XCTAssertEqual(try parse("1E+2"), .double(100))
        XCTAssertEqual(try parse("1E-2"), .double(0.01))
        XCTAssertEqual(try parse("0.1"), .double(0.1))
        XCTAssertEqual(try parse("1.50"), .double(1.5))
        XCTAssertEqual(try parse("0e+1"), .double(0))
        XCTAssertEqual(try parse("123e65"), .double(1.23e67))
        XCTAssertEqual(try parse("123.456e78"), .double(123.456e78))
        XCTAssertEqual(try parse("1E22"), .double(1e22))
        XCTAssertEqual(try parse("0.30000000000000004"), .double(0.1 + 0.2))
        XCTAssertEqual(try parse("1.7976931348623157e308"), .double(.greatestFiniteMagnitude))
        XCTAssertEqual(try parse("5e-324"), .double(.leastNonzeroMagnitude))
        XCTAssertEqual(try parse("-1e-78"), .double(-1e-78))
        XCTAssertEqual(
            try parse(
                "-0.000000000000000000000000000000000000000000000000000000000000000000000000000001"),
            .double(-1e-78))
        guard case .double(let negativeZero) = try parse("-0.0") else { return XCTFail() }
        XCTAssertEqual(negativeZero, 0)
        XCTAssertEqual(negativeZero.sign, .minus)
    }

    func testInexactNumbersKeepTheirText() throws {
        for text in [
            "0.30000000000000000001", "1e309", "-1e309", "1e-400", "123456789012345678901.5",
            "1.00000000000000000000000001",
        ] {
            XCTAssertEqual(try parse(text), .number(text), text)
        }
    }

    func testStrings() throws {
        XCTAssertEqual(try parse("\"\\u0060\\u012a\\u12AB\""), "`\u{12A}\u{12AB}")
        XCTAssertEqual(try parse("\"\\uD801\\udc37\""), "\u{10437}")
        XCTAssertEqual(try parse("\"\\uD83D\\uDE00\""), "😀")
        XCTAssertEqual(try parse("\"\\ud83d\\ude39\\ud83d\\udc8d\""), "😹💍")
        XCTAssertEqual(try parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""), "\"\\/\u{8}\u{C}\n\r\t")
        XCTAssertEqual(try parse("\"\\u0000\""), "\u{0}")
        XCTAssertEqual(try parse("\"\\uFFFF\""), "\u{FFFF}")
        XCTAssertEqual(try parse("\"\\u002c\""), ",")
        XCTAssertEqual(try parse("\"\u{7F}\""), "\u{7F}")
        XCTAssertEqual(try parse("\"\u{2028}\u{2029}\""), "\u{2028}\u{2029}")
        XCTAssertEqual(try parse("\"héllo wörld 日本 \u{10FFFF}\""), "héllo wörld 日本 \u{10FFFF}")
        XCTAssertEqual(try parse("\"a\\nb é \\u00e9 😀\""), "a\nb é é 😀")
        XCTAssertEqual(try parse("\"\""), "")
    }

    func testDuplicateKeysKeepLastValueAtFirstPosition() throws {
        let small = try parse("{\"a\":\"b\",\"a\":\"c\"}")
        XCTAssertEqual(small.objectValue?.count, 1)
        XCTAssertEqual(small, ["a": "c"])
        XCTAssertEqual(try parse("{\"a\":1,\"b\":2,\"a\":3}").objectValue?.keys, ["a", "b"])
        XCTAssertEqual(try parse("{\"a\":1,\"b\":2,\"a\":3}"), ["a": 3, "b": 2])

        // The same key spelled with escapes is still the same key.
        XCTAssertEqual(try parse(#"{"a":1,"\u0061":2,"\n":3,"\u000a":4}"#), ["a": 2, "\n": 4])
        XCTAssertEqual(try parse(#"{"é":1,"\u00e9":2}"#).objectValue?.count, 1)

        let keys = (0..<20).map { "k\($0)" }
        let members = keys.enumerated().map { "\"\($1)\":\($0)" } + ["\"k3\":\"last\""]
        let large = try parse("{" + members.joined(separator: ",") + "}")
        XCTAssertEqual(large.objectValue?.keys, keys)
        XCTAssertEqual(large["k3"], "last")
        XCTAssertEqual(large["k19"], 19)
    }

    func testCollectionInputs() throws {
        XCTAssertEqual(try JSONReader.parse(Array("[1,2]".utf8)), [1, 2])
        XCTAssertEqual(try JSONReader.parse(Array("[1,2]".utf8)[...]), [1, 2])
        XCTAssertEqual(try JSONReader.parse("{\"a\":[1]}".utf8), ["a": [1]])
    }

    func testErrorMessagesAndOffsets() {
        func failure(_ text: String) -> JSONError? {
            do {
                _ = try JSONReader.parse(text)
                return nil
            } catch {
                return error
            }
        }
        XCTAssertEqual(
            failure("[1,]"), JSONError(message: "Expected a value but found ']'.", offset: 3))
        XCTAssertEqual(
            failure("[01]"),
            JSONError(message: "Invalid number: leading zeros are not allowed.", offset: 1))
        XCTAssertEqual(
            failure("\"a\u{1}\""),
            JSONError(message: "Unescaped control character byte 0x01 in a string.", offset: 2))
        XCTAssertEqual(
            failure("{\"a\" 1}"),
            JSONError(message: "Expected ':' after an object key but found '1'.", offset: 5))
        XCTAssertEqual(
            failure("[1] x"),
            JSONError(message: "Unexpected 'x' after the end of the document.", offset: 4))
        XCTAssertEqual(
            failure("\"ab"), JSONError(message: "Unterminated string.", offset: 0))
        XCTAssertEqual(
            failure("[\"\\uD800\"]"),
            JSONError(message: "Unpaired high surrogate in a \\u escape.", offset: 2))
        XCTAssertEqual(
            failure(""), JSONError(message: "Expected a value but the document ended.", offset: 0))
        XCTAssertEqual(
            failure("[1"),
            JSONError(message: "Expected ',' or ']' but the document ended.", offset: 2))
    }

    func testDepthLimit() throws {
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try JSONReader.parse(deep)) { error in
            XCTAssertEqual(
                error as? JSONError,
                JSONError(message: "Nesting is deeper than the limit of 512.", offset: 512))
        }
        let deepObjects = String(repeating: "{\"a\":", count: 100_000)
        XCTAssertThrowsError(try JSONReader.parse(deepObjects)) { error in
            XCTAssertEqual((error as? JSONError)?.offset, 512 * 5)
        }

        let atLimit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        XCTAssertNoThrow(try JSONReader.parse(atLimit))
        let overLimit = "[" + atLimit + "]"
        XCTAssertThrowsError(try JSONReader.parse(overLimit))

        // The reader itself never recurses: a raised limit only costs heap.
        let limits = JSONReaderLimits(maxDepth: 200_000)
        let unclosed = try? JSONReader.parse(deep, limits: limits)
        XCTAssertNil(unclosed)
        let nested = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        var value = try JSONReader.parse(nested, limits: limits)
        var depth = 0
        while case .array(let elements) = value, let first = elements.first {
            value = first
            depth += 1
        }
        XCTAssertEqual(depth, 4_999)
    }

    func testByteLimit() {
        let limits = JSONReaderLimits(maxBytes: 10)
        XCTAssertNoThrow(try JSONReader.parse("[1,2,3,45]", limits: limits))
        XCTAssertThrowsError(try JSONReader.parse("[1,2,3,456]", limits: limits)) { error in
            XCTAssertEqual(
                error as? JSONError,
                JSONError(message: "Document is larger than the limit of 10 bytes.", offset: 10))
        }
    }
}
