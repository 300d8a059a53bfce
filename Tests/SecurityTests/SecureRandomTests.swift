import Security
import XCTest

final class SecureRandomTests: XCTestCase {
    func testLengthsAndVariety() {
        XCTAssertEqual(SecureRandom.bytes(0), [])
        XCTAssertEqual(SecureRandom.bytes(17).count, 17)
        let samples = (0..<8).map { _ in SecureRandom.bytes(16) }
        XCTAssertEqual(Set(samples).count, 8)
        // 4096 random bytes use (nearly) every byte value.
        XCTAssertGreaterThan(Set(SecureRandom.bytes(4096)).count, 240)
    }

    func testTokens() {
        let token = SecureRandom.token()
        XCTAssertEqual(token.count, 43)
        XCTAssertEqual(Base64URL.decode(token)?.count, 32)
        XCTAssertNotEqual(SecureRandom.token(), SecureRandom.token())
        XCTAssertEqual(SecureRandom.token(bytes: 3).count, 4)
    }
}
