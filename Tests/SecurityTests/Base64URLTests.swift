import Security
import XCTest

final class Base64URLTests: XCTestCase {
    /// RFC 4648 §10 vectors, without padding.
    func testRFC4648Vectors() {
        let vectors = [
            ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy"),
        ]
        for (plain, encoded) in vectors {
            XCTAssertEqual(Base64URL.encode(Array(plain.utf8)), encoded)
            XCTAssertEqual(Base64URL.decode(encoded), Array(plain.utf8))
        }
    }

    func testURLAlphabet() {
        XCTAssertEqual(Base64URL.encode([0xFB, 0xFF, 0xBF]), "-_-_")
        XCTAssertEqual(Base64URL.decode("-_-_"), [0xFB, 0xFF, 0xBF])
    }

    func testRejectsNonCanonicalInput() {
        for text in ["Zg==", "Z", "Zh", "Zm9", "Zm9v!", "Zm+v", "Zm/v", "Zm9 v", "ZmB"] {
            XCTAssertNil(Base64URL.decode(text), text)
        }
    }

    func testAgreesWithPython() throws {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in [0, 1, 2, 3, 10, 299, 300] {
            let input = Array(bytes.prefix(length))
            let expected = try python(
                "import base64,sys; print(base64.urlsafe_b64encode(bytes.fromhex(sys.argv[1]))"
                    + ".decode().rstrip('='))", [Hex.encode(input)])
            XCTAssertEqual(Base64URL.encode(input), expected)
            XCTAssertEqual(Base64URL.decode(expected), input)
        }
    }
}
