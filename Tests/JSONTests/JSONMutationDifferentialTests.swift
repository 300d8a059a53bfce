import Foundation
import JSON
import XCTest

/// Randomly damaged documents, judged by our reader and by Python's strict
/// `json`: both must accept or both reject, and accepted values must agree.
final class JSONMutationDifferentialTests: XCTestCase {
    /// Bytes that tend to turn valid JSON into interesting near-misses.
    private static let interesting =
        Array(#"{}[]",:\/0123456789eE.+-tfnul uD8Ca"#.utf8) + [
            0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4,
            0xFF,
        ]

    func testMutantsAgreeWithPython() throws {
        var generator = SeededGenerator(seed: 0xBAD_5EED)
        var mutants: [[UInt8]] = []
        while mutants.count < 3_000 {
            var document = randomJSON(depth: 2, using: &generator).serializedBytes
            guard document.count < 300 else { continue }
            for _ in 0...(generator.next() % 3) {
                mutate(&document, using: &generator)
            }
            mutants.append(document)
        }

        // Python prints "reject", or "accept" and the value re-encoded. Lone
        // surrogates, NaN and Infinity are rejected to match our strictness.
        let script = """
            import sys, json
            def no_constants(name):
                raise ValueError(name)
            def check(value):
                if isinstance(value, str):
                    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
                        raise ValueError("surrogate")
                elif isinstance(value, list):
                    for item in value: check(item)
                elif isinstance(value, dict):
                    for key, item in value.items(): check(key); check(item)
            for line in sys.stdin.read().split("\\n"):
                try:
                    value = json.loads(bytes.fromhex(line).decode("utf-8"), parse_constant=no_constants)
                    check(value)
                    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
                    print("accept " + ("?" if "Infinity" in text else text))
                except (ValueError, UnicodeDecodeError, RecursionError):
                    print("reject")
            """
        let input = mutants.map { $0.map { String(format: "%02x", $0) }.joined() }
        let output = try runProcess(
            ["python3", "-c", script], input: Array(input.joined(separator: "\n").utf8))
        let verdicts = String(decoding: output, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(verdicts.count, mutants.count)

        var accepted = 0
        for (mutant, verdict) in zip(mutants, verdicts) {
            let ours = try? JSONReader.parse(mutant)
            let shown = String(decoding: mutant, as: UTF8.self).debugDescription
            if verdict == "reject" {
                XCTAssertNil(ours, "we accepted \(shown), Python rejected it")
                continue
            }
            accepted += 1
            guard let ours else {
                XCTFail("we rejected \(shown), Python accepted it")
                continue
            }
            let pythonText = verdict.dropFirst("accept ".count)
            guard pythonText != "?" else { continue }
            let theirs = try JSONReader.parse(Array(pythonText.utf8))
            XCTAssertTrue(sameValue(ours, theirs), "\(shown): \(ours) vs Python's \(pythonText)")
        }
        // The mutations must leave a fair share valid, or the test proves little.
        XCTAssertGreaterThan(accepted, 300)
    }

    private func mutate(_ document: inout [UInt8], using generator: inout SeededGenerator) {
        let position = document.isEmpty ? 0 : Int(generator.next() % UInt64(document.count))
        let byte = Self.interesting[Int(generator.next() % UInt64(Self.interesting.count))]
        switch generator.next() % 5 {
        case 0 where !document.isEmpty: document[position] = byte
        case 1: document.insert(byte, at: position)
        case 2 where !document.isEmpty: document.remove(at: position)
        case 3 where !document.isEmpty:
            let end = min(document.count, position + 1 + Int(generator.next() % 8))
            document.insert(contentsOf: document[position..<end], at: position)
        default: document.removeLast(min(document.count, Int(generator.next() % 3)))
        }
    }
}
