import JSON
import Security
import XCTest

final class JWTSignerTests: XCTestCase {
    private let secret = Array("0123456789abcdef0123456789abcdef-test-secret".utf8)
    private let now = 1_700_000_000
    private var signer: JWTSigner { JWTSigner(secret: secret, issuer: "xp-auth") }

    private func claims(exp: Int? = nil) -> JSONObject {
        ["sub": "user-42", "exp": .int(exp ?? now + 900), "iat": .int(now), "roles": ["admin"]]
    }

    /// Signs with Python's hmac/hashlib/base64/json for an independent token.
    private func pythonToken(header: String, payload: String, secret: [UInt8]) throws -> String {
        try python(
            """
            import sys, hmac, hashlib, base64
            b64 = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
            signing_input = b64(sys.argv[1].encode()) + "." + b64(sys.argv[2].encode())
            mac = hmac.new(bytes.fromhex(sys.argv[3]), signing_input.encode(), hashlib.sha256).digest()
            print(signing_input + "." + b64(mac))
            """, [header, payload, Hex.encode(secret)])
    }

    func testSignedTokenVerifiesInPython() throws {
        let token = signer.sign(claims: claims())
        let checked = try python(
            """
            import sys, hmac, hashlib, base64, json
            h, p, s = sys.argv[1].split(".")
            d = lambda x: base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))
            mac = hmac.new(bytes.fromhex(sys.argv[2]), (h + "." + p).encode(), hashlib.sha256).digest()
            assert hmac.compare_digest(mac, d(s)), "bad signature"
            print(json.dumps([json.loads(d(h)), json.loads(d(p))], sort_keys=True))
            """, [token, Hex.encode(secret)])
        XCTAssertEqual(
            checked,
            #"[{"alg": "HS256", "typ": "JWT"}, {"exp": 1700000900, "iat": 1700000000, "#
                + #""iss": "xp-auth", "roles": ["admin"], "sub": "user-42"}]"#)
    }

    func testPythonTokenVerifies() throws {
        let token = try pythonToken(
            header: #"{"typ":"JWT","alg":"HS256"}"#,
            payload: #"{"sub":"u1","iss":"xp-auth","exp":1700000100.5,"nbf":1699999990}"#,
            secret: secret)
        let verified = try signer.verify(token, now: now)
        XCTAssertEqual(verified["sub"], "u1")
        XCTAssertEqual(verified["exp"], .double(1_700_000_100.5))
    }

    func testRoundTrip() throws {
        let verified = try signer.verify(signer.sign(claims: claims()), now: now)
        XCTAssertEqual(verified["sub"], "user-42")
        XCTAssertEqual(verified["iss"], "xp-auth")
        XCTAssertEqual(verified["roles"], ["admin"])
    }

    private func assertRejected(
        _ token: String, _ expected: JWTError, now: Int? = nil, signer: JWTSigner? = nil,
        line: UInt = #line
    ) {
        XCTAssertThrowsError(
            try (signer ?? self.signer).verify(token, now: now ?? self.now), line: line
        ) {
            XCTAssertEqual($0 as? JWTError, expected, line: line)
        }
    }

    func testTamperedTokensAreRejected() throws {
        let token = signer.sign(claims: claims())
        let parts = token.split(separator: ".").map(String.init)

        // A payload with higher privileges under the original signature.
        let forged = Base64URL.encode(
            Array(#"{"sub":"user-1","exp":1800000000,"iss":"xp-auth"}"#.utf8))
        assertRejected([parts[0], forged, parts[2]].joined(separator: "."), .invalidSignature)

        // One flipped bit in the signature.
        var signature = Base64URL.decode(parts[2])!
        signature[0] ^= 1
        assertRejected(
            [parts[0], parts[1], Base64URL.encode(signature)].joined(separator: "."),
            .invalidSignature)

        // Signed with another key.
        let other = JWTSigner(secret: Array(repeating: 7, count: 32), issuer: "xp-auth")
        assertRejected(other.sign(claims: claims()), .invalidSignature)

        assertRejected(parts[0] + "." + parts[1], .malformed("expected three parts"))
        assertRejected(token + ".x", .malformed("expected three parts"))
        assertRejected(
            [parts[0], parts[1], parts[2] + "="].joined(separator: "."),
            .malformed("signature is not base64url"))
        assertRejected("..", .malformed("header is not a JSON object"))
        assertRejected("Zg=.e30.", .malformed("header is not base64url"))
        assertRejected(
            String(repeating: "a", count: JWTSigner.maxTokenLength + 1),
            .malformed("longer than 16384 bytes"))
    }

    func testAlgorithmAllowList() throws {
        let payload = #"{"sub":"u1","iss":"xp-auth","exp":1800000000}"#
        let b64 = { (text: String) in Base64URL.encode(Array(text.utf8)) }

        // alg "none" with an empty signature: the classic downgrade.
        assertRejected(
            b64(#"{"alg":"none","typ":"JWT"}"#) + "." + b64(payload) + ".",
            .algorithmNotAllowed("none"))
        assertRejected(
            b64(#"{"alg":"None"}"#) + "." + b64(payload) + ".", .algorithmNotAllowed("None"))

        // Correctly signed, but with an algorithm name outside the list.
        for alg in ["HS512", "RS256", "hs256"] {
            let token = try pythonToken(
                header: #"{"alg":"\#(alg)"}"#, payload: payload, secret: secret)
            assertRejected(token, .algorithmNotAllowed(alg))
        }
        let noAlg = try pythonToken(header: #"{"typ":"JWT"}"#, payload: payload, secret: secret)
        assertRejected(noAlg, .malformed("header has no \"alg\""))
        let crit = try pythonToken(
            header: #"{"alg":"HS256","crit":["exp"]}"#, payload: payload, secret: secret)
        assertRejected(crit, .unsupportedHeader("crit"))
        let notJSON = try pythonToken(header: #"{"alg":"HS256"}"#, payload: "[1]", secret: secret)
        assertRejected(notJSON, .malformed("payload is not a JSON object"))
    }

    func testTimeClaims() throws {
        let token = signer.sign(claims: claims(exp: now + 100))
        XCTAssertNoThrow(try signer.verify(token, now: now + 129))
        assertRejected(token, .expired, now: now + 130)
        assertRejected(token, .expired, now: now + 10_000)

        let future: JSONObject = ["exp": .int(now + 1000), "nbf": .int(now + 100)]
        XCTAssertNoThrow(try signer.verify(signer.sign(claims: future), now: now + 70))
        assertRejected(signer.sign(claims: future), .notYetValid, now: now + 69)

        let issuedLater: JSONObject = ["exp": .int(now + 1000), "iat": .int(now + 60)]
        assertRejected(signer.sign(claims: issuedLater), .issuedInFuture)

        assertRejected(signer.sign(claims: ["sub": "x"]), .missingClaim("exp"))
        assertRejected(signer.sign(claims: ["exp": "tomorrow"]), .invalidClaim("exp"))
        assertRejected(
            signer.sign(claims: ["exp": .int(now + 10), "nbf": nil]), .invalidClaim("nbf"))
    }

    func testIssuerAndAudience() throws {
        let otherIssuer = JWTSigner(secret: secret, issuer: "someone-else")
        assertRejected(otherIssuer.sign(claims: claims()), .issuerMismatch)
        assertRejected(
            signer.sign(claims: ["exp": .int(now + 10), "iss": 5]), .invalidClaim("iss"))

        let audienceSigner = JWTSigner(secret: secret, issuer: "xp-auth", audience: "gateway")
        var withAudience = claims()
        withAudience.append("aud", ["other", "gateway"])
        XCTAssertNoThrow(try audienceSigner.verify(signer.sign(claims: withAudience), now: now))
        assertRejected(signer.sign(claims: claims()), .missingClaim("aud"), signer: audienceSigner)
        var wrongAudience = claims()
        wrongAudience.append("aud", "other")
        assertRejected(
            signer.sign(claims: wrongAudience), .audienceMismatch, signer: audienceSigner)
    }
}
