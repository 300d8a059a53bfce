import Security
import XCTest

final class SHA256Tests: XCTestCase {
    /// FIPS 180-4 example messages.
    func testKnownDigests() {
        XCTAssertEqual(
            SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(
            SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            Hex.encode(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testNonContiguousInputMatches() {
        let text = "{__typename}"
        XCTAssertEqual(SHA256.hash(text.utf8.reversed().reversed()), SHA256.hash(Array(text.utf8)))
        XCTAssertEqual(SHA256.hash(text), SHA256.hash(Array(text.utf8)[...]))
    }

    func testAgreesWithPython() throws {
        let text = "query { me { id name } } — ünïcode ✓"
        let expected = try python(
            "import hashlib,sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest())", [text])
        XCTAssertEqual(SHA256.hex(text), expected)
    }

    func testHex() {
        XCTAssertEqual(Hex.encode([0x00, 0x0F, 0xA5, 0xFF]), "000fa5ff")
        XCTAssertEqual(Hex.decode("000fA5ff"), [0x00, 0x0F, 0xA5, 0xFF])
        XCTAssertEqual(Hex.decode(""), [])
        XCTAssertNil(Hex.decode("abc"))
        XCTAssertNil(Hex.decode("zz"))
    }
}
