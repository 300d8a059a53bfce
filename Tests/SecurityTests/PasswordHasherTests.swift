import Foundation
import XCTest

@testable import Security

final class PasswordHasherTests: XCTestCase {
    /// A cheap setting so the tests stay quick; the format is the same.
    private let fast = Argon2Parameters(memoryKiB: 1024, iterations: 1, parallelism: 1)

    /// The Argon2id v1.3 vector from the reference implementation's tests:
    /// password "password", salt "somesalt", m=65536, t=2, p=1.
    func testReferenceVector() throws {
        let reference =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
        XCTAssertTrue(PasswordHasher.verify("password", against: reference))
        XCTAssertFalse(PasswordHasher.verify("Password", against: reference))

        let params = Argon2Parameters(memoryKiB: 65536, iterations: 2, parallelism: 1)
        let encoded = try PasswordHasher.hash(
            "password", salt: Array("somesalt".utf8), parameters: params)
        XCTAssertEqual(encoded, reference)
    }

    func testDefaultParametersRoundTrip() throws {
        let encoded = try PasswordHasher.hash("correct horse battery staple")
        XCTAssertTrue(encoded.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))
        XCTAssertTrue(PasswordHasher.verify("correct horse battery staple", against: encoded))
        XCTAssertFalse(PasswordHasher.verify("correct horse battery stapl", against: encoded))
        XCTAssertFalse(PasswordHasher.needsRehash(encoded))
    }

    func testFreshSaltEachTime() throws {
        let first = try PasswordHasher.hash("pässwörd ✓", parameters: fast)
        let second = try PasswordHasher.hash("pässwörd ✓", parameters: fast)
        XCTAssertNotEqual(first, second)
        XCTAssertTrue(PasswordHasher.verify("pässwörd ✓", against: first))
        XCTAssertTrue(PasswordHasher.verify("pässwörd ✓", against: second))
        // salt 16 bytes and hash 32 bytes, unpadded standard base64
        let fields = first.split(separator: "$")
        XCTAssertEqual(fields.count, 5)
        XCTAssertEqual(fields[3].count, 22)
        XCTAssertEqual(fields[4].count, 43)
    }

    func testEmptyPassword() throws {
        let encoded = try PasswordHasher.hash("", parameters: fast)
        XCTAssertTrue(PasswordHasher.verify("", against: encoded))
        XCTAssertFalse(PasswordHasher.verify(" ", against: encoded))
    }

    func testMalformedAndForeignHashesFail() throws {
        let encoded = try PasswordHasher.hash("secret", parameters: fast)
        var tampered = Array(encoded)
        tampered[tampered.count - 3] = tampered[tampered.count - 3] == "A" ? "B" : "A"
        XCTAssertFalse(PasswordHasher.verify("secret", against: String(tampered)))
        XCTAssertFalse(
            PasswordHasher.verify(
                "secret", against: encoded.replacingOccurrences(of: "argon2id", with: "argon2i")))
        XCTAssertFalse(PasswordHasher.verify("secret", against: ""))
        XCTAssertFalse(PasswordHasher.verify("secret", against: "$argon2id$v=19$m=1024,t=1,p=1$$"))
        XCTAssertFalse(PasswordHasher.verify("secret", against: "plaintext"))
        // Costs beyond the limits are refused before any work is done.
        let greedy =
            "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
        XCTAssertFalse(PasswordHasher.verify("password", against: greedy))
    }

    func testNeedsRehash() throws {
        let encoded = try PasswordHasher.hash("secret", parameters: fast)
        XCTAssertTrue(PasswordHasher.needsRehash(encoded))
        XCTAssertFalse(PasswordHasher.needsRehash(encoded, parameters: fast))
        XCTAssertTrue(PasswordHasher.needsRehash("garbage"))
    }

    func testInvalidParametersThrow() {
        let tooLittleMemory = Argon2Parameters(memoryKiB: 1, iterations: 1, parallelism: 1)
        XCTAssertThrowsError(try PasswordHasher.hash("x", parameters: tooLittleMemory)) { error in
            XCTAssertEqual((error as? PasswordHashError)?.code, -14)  // ARGON2_MEMORY_TOO_LITTLE
        }
    }
}
