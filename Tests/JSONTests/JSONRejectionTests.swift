import JSON
import XCTest

/// Documents every strict RFC 8259 reader must reject, after the `n_` cases
/// of the well-known JSONTestSuite, plus the cases where this reader chose
/// strictness (byte order mark, lone surrogates in escapes).
final class JSONRejectionTests: XCTestCase {
    /// `%HH` is a raw byte (see `bytes(_:)`).
    static let invalidDocuments: [String] = [
        // arrays
        "[1 true]", "[a%E5]", "[\"\": 1]", "[\"\"],", "[,1]", "[1,,2]", "[\"x\",,]", "[\"x\"]]",
        "[\"\",]", "[\"x\"", "[x", "[3[4]]", "[%FF]", "[1:2]", "[,]", "[-]", "[   , \"\"]",
        "[\"a\",\n4\n,1,", "[1,]", "[1,,]", "[\"%0Ba\"\\f]", "[*]", "[\"\"", "[1,", "[1,\n1\n,1",
        "[{}", "[fals]", "[nul]", "[tru]", "123%00",
        // numbers
        "[++1234]", "[+1]", "[+Inf]", "[-01]", "[-1.0.]", "[-2.]", "[-NaN]", "[.-1]", "[.2e-3]",
        "[0.1.2]", "[0.3e+]", "[0.3e]", "[0.e1]", "[0E+]", "[0E]", "[0e+]", "[0e]", "[1.0e+]",
        "[1.0e-]", "[1.0e]", "[1 000.0]", "[1eE2]", "[2.e+3]", "[2.e-3]", "[2.e3]", "[9.e+]",
        "[Inf]", "[NaN]", "[\u{FF11}]", "[1+2]", "[0x1]", "[0x42]", "[Infinity]", "[0e+-1]",
        "[-123.123foo]", "[-Infinity]", "[-foo]", "[- 1]", "[-012]", "[-.123]", "[-1x]", "[1ea]",
        "[1.]", "[.123]", "[1.2a-3]", "[012]", "[1e]", "[00]", "[-]", "-", "[1.e5]", "[01.5]",
        // objects
        "[\"x\", truth]", "{[: \"x\"}\n", "{\"x\", null}", "{\"x\"::\"b\"}", "{🇨🇭}",
        "{\"a\":\"a\" 123}", "{key: 'value'}", "{\"a\" b}", "{:\"b\"}", "{\"a\" \"b\"}", "{\"a\":",
        "{\"a\"", "{1:1}", "{9999E9999:1}", "{null:null,null:null}", "{\"id\":0,,,,,}", "{'a':0}",
        "{\"id\":0,}", "{\"a\":\"b\"}/**/", "{\"a\":\"b\"}/**//", "{\"a\":\"b\"}//",
        "{\"a\":\"b\",,\"c\":\"d\"}", "{a: \"b\"}", "{\"a\":\"a", "{ \"foo\" : \"bar\", \"a\" }",
        "{\"a\":\"b\"}#", "{,}", "{\"a\":1,}",
        // strings
        " ", "[\"\\uD800\\\"]", "[\"\\uD800\\u\"]", "[\"\\uD800\\u1\"]", "[\"\\uD800\\u1x\"]",
        "[é]", "[\"\\%00\"]", "[\"\\x00\"]", "[\"\\\\\\\"]", "[\"\\\t\"]", "[\"\\🌀\"]", "[\"\\\"]",
        "[\"\\u00A\"]", "[\"\\uD834\\uDd\"]", "[\"\\uD800\\uD800\\x\"]", "[\"\\u%E5\"]",
        "[\"\\a\"]", "[\"\\uqqqq\"]", "[\"\\%E5\"]", "[\\u0020\"asd\"]", "[\\n]", "\"",
        "['single quote']", "abc", "[\"\\", "[\"a%00a\"]", "[\"new\nline\"]", "[\"\t\"]",
        "\"\\UA66D\"", "\"\"x", "\"\\u12\"", "\"%1F\"",
        // lone surrogates in escapes (strict choice)
        "[\"\\uD800\"]", "[\"\\uDFAA\"]", "[\"\\uD800\\uD800\"]", "[\"\\uDC00\\uD800\"]",
        "[\"\\uD800abc\"]",
        // invalid UTF-8 inside strings
        "[\"%E5\"]", "[\"%FF\"]", "[\"%C0%AF\"]", "[\"%C1%BF\"]", "[\"%E0%80%AF\"]",
        "[\"%ED%A0%80\"]", "[\"%ED%BF%BF\"]", "[\"%F4%90%80%80\"]", "[\"%F5%80%80%80\"]",
        "[\"%F8%88%80%80%80\"]", "[\"%E2%82\"]", "[\"%80\"]", "[\"%BF\"]", "[\"%C3\"]",
        "[\"%F0%9F%98\"]", "[\"%E2%28%A1\"]", "[\"%F0%28%8C%BC\"]", "\"%C3",
        // structure
        "<.>", "[<null>]", "[1]x", "[1]]", "[\"asd]", "aå", "[True]", "1]", "{\"x\": true,",
        "[][]", "]", "%EF%BB{}", "%E5", "[", "", "[%00]", "2@", "{}}", "{\"\":",
        "{\"a\":/*comment*/\"b\"}", "{\"a\": true} \"x\"", "['", "[,", "[{", "[\"a", "[\"a\"",
        "{", "{]", "{,", "{[", "{\"a", "{'a'", "[\"\\{[\"\\{[\"\\{[\"\\{", "*", "{\"a\":\"b\"}#{}",
        "[\u{2060}]", "[\\u000A\"\"]", "[1", "[ false, nul", "[ true, fals", "[ false, tru",
        "{\"asd\":\"asd\"", "å", "[%0C]", "%EF%BB%BF", "%EF%BB%BF[]", "[\u{A0}1]", "[1]%00",
        "nulll", "truefalse", "[true false]", "{\"a\":1 \"b\":2}", "1 2", "[]]", "{}{}",
    ]

    func testInvalidDocumentsAreRejected() {
        for spec in Self.invalidDocuments {
            let input = bytes(spec)
            do {
                let value = try JSONReader.parse(input)
                XCTFail("accepted \(spec.debugDescription) as \(value)")
            } catch {
                XCTAssertTrue(
                    (0...input.count).contains(error.offset), "offset for \(spec.debugDescription)")
                XCTAssertFalse(error.message.isEmpty)
            }
        }
    }

    /// The same documents, with Python's strict reader as an independent
    /// check that each really is invalid JSON (Python accepts NaN and
    /// Infinity, and lone surrogate escapes, so those are skipped).
    func testPythonAlsoRejectsTheCorpus() throws {
        let lenientInPython = ["NaN", "Infinity", "\\uD800", "\\uDFAA", "\\uDC00"]
        let cases = Self.invalidDocuments.filter { spec in
            !lenientInPython.contains { spec.contains($0) }
        }
        let script = """
            import sys, json
            for line in sys.stdin.buffer.read().split(b"\\n"):
                if not line: continue
                data = bytes.fromhex(line.decode())
                try:
                    json.loads(data.decode("utf-8"))
                    print("accepted")
                except (ValueError, UnicodeDecodeError):
                    print("rejected")
            """
        let input = cases.map { bytes($0).map { String(format: "%02x", $0) }.joined() }
        // An empty document has no hex line, so Python would never see it.
        let nonEmpty = zip(cases, input).filter { !$0.1.isEmpty }
        let output = try runProcess(
            ["python3", "-c", script],
            input: Array(nonEmpty.map(\.1).joined(separator: "\n").utf8))
        let verdicts = String(decoding: output, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(verdicts.count, nonEmpty.count)
        for ((spec, _), verdict) in zip(nonEmpty, verdicts) where verdict != "rejected" {
            XCTFail("Python accepted \(spec.debugDescription)")
        }
    }
}
