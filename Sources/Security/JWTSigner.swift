import JSON

/// Signs and verifies JSON Web Tokens (RFC 7519) with a shared secret.
///
/// Verification trusts nothing in the token before the signature checks
/// out: the header's `alg` must be in `allowedAlgorithms` (never `none`),
/// and the payload is only parsed once the signature matches. Then the time
/// claims are checked with `leeway` seconds of clock skew: `exp` is required
/// and must be in the future, `nbf` and `iat` must not be; `iss` must equal
/// `issuer`; `aud`, when an audience is configured, must name it.
public struct JWTSigner: Sendable {
    public static let supportedAlgorithms: Set<String> = ["HS256"]
    /// Longer tokens are refused before any decoding.
    public static let maxTokenLength = 16 * 1024

    public let issuer: String
    public let allowedAlgorithms: Set<String>
    public let audience: String?
    public let leeway: Int
    private let secret: [UInt8]

    /// The secret must be at least 32 bytes (RFC 7518 §3.2: no shorter
    /// than the hash output); a shorter one is a configuration fault and traps.
    public init(
        secret: [UInt8], issuer: String, allowedAlgorithms: Set<String> = ["HS256"],
        audience: String? = nil, leeway: Int = 30
    ) {
        precondition(secret.count >= 32, "JWT HS256 secret must be at least 32 bytes")
        precondition(
            !allowedAlgorithms.isEmpty && allowedAlgorithms.isSubset(of: Self.supportedAlgorithms),
            "JWT algorithms \(allowedAlgorithms) are not all supported")
        self.secret = secret
        self.issuer = issuer
        self.allowedAlgorithms = allowedAlgorithms
        self.audience = audience
        self.leeway = leeway
    }

    /// A signed token for `claims`; `iss` is set to `issuer` when absent.
    public func sign(claims: JSONObject) -> String {
        var claims = claims
        if claims["iss"] == nil { claims.append("iss", .string(issuer)) }
        let header: JSON = ["alg": "HS256", "typ": "JWT"]
        let signingInput =
            Base64URL.encode(header.serializedBytes) + "."
            + Base64URL.encode(JSON.object(claims).serializedBytes)
        let signature = HMAC.sha256(key: secret, message: Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }

    /// The claims of a valid token; see the type's documentation for the checks.
    public func verify(_ token: String, now: Int = currentUnixTime) throws(JWTError) -> JSONObject {
        guard token.utf8.count <= Self.maxTokenLength else {
            throw .malformed("longer than \(Self.maxTokenLength) bytes")
        }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed("expected three parts") }

        let header = try decodeObject(parts[0], part: "header")
        try checkHeader(header)

        guard let signature = Base64URL.decode(parts[2]) else {
            throw .malformed("signature is not base64url")
        }
        let signingInput = token.utf8.prefix(parts[0].utf8.count + 1 + parts[1].utf8.count)
        let expected = HMAC.sha256(key: secret, message: signingInput)
        guard ConstantTime.equals(signature, expected) else { throw .invalidSignature }

        let claims = try decodeObject(parts[1], part: "payload")
        try checkClaims(claims, now: now)
        return claims
    }

    private func decodeObject(_ part: Substring, part name: String) throws(JWTError) -> JSONObject {
        guard let bytes = Base64URL.decode(part) else {
            throw .malformed("\(name) is not base64url")
        }
        let limits = JSONReaderLimits(maxDepth: 32, maxBytes: Self.maxTokenLength)
        guard case .object(let object)? = try? JSONReader.parse(bytes, limits: limits) else {
            throw .malformed("\(name) is not a JSON object")
        }
        return object
    }

    private func checkHeader(_ header: JSONObject) throws(JWTError) {
        guard case .string(let alg)? = header["alg"] else {
            throw .malformed("header has no \"alg\"")
        }
        guard alg.lowercased() != "none", allowedAlgorithms.contains(alg) else {
            throw .algorithmNotAllowed(alg)
        }
        if header["crit"] != nil { throw .unsupportedHeader("crit") }
        if let typ = header["typ"], typ.stringValue?.uppercased() != "JWT" {
            throw .unsupportedHeader("typ")
        }
    }

    private func checkClaims(_ claims: JSONObject, now: Int) throws(JWTError) {
        let now = Double(now)
        let leeway = Double(self.leeway)

        guard let exp = try numericDate(claims, "exp") else { throw .missingClaim("exp") }
        guard now < exp + leeway else { throw .expired }
        if let nbf = try numericDate(claims, "nbf"), now + leeway < nbf { throw .notYetValid }
        if let iat = try numericDate(claims, "iat"), now + leeway < iat { throw .issuedInFuture }

        guard let iss = claims["iss"] else { throw .missingClaim("iss") }
        guard case .string(let issuer) = iss else { throw .invalidClaim("iss") }
        guard issuer == self.issuer else { throw .issuerMismatch }

        guard let audience else { return }
        switch claims["aud"] {
        case nil: throw .missingClaim("aud")
        case .string(let aud)?: if aud != audience { throw .audienceMismatch }
        case .array(let list)?:
            if !list.contains(.string(audience)) { throw .audienceMismatch }
        default: throw .invalidClaim("aud")
        }
    }

    /// A NumericDate claim (seconds, possibly fractional), or nil when absent.
    private func numericDate(_ claims: JSONObject, _ name: String) throws(JWTError) -> Double? {
        guard let value = claims[name] else { return nil }
        switch value {
        case .int, .double, .number:
            guard let seconds = value.doubleValue, seconds.isFinite else {
                throw .invalidClaim(name)
            }
            return seconds
        default:
            throw .invalidClaim(name)
        }
    }
}
