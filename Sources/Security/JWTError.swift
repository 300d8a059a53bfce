/// Why a token was refused. Each case names one check of RFC 7519 / 7515.
public enum JWTError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not three base64url parts of JSON objects, or too long.
    case malformed(String)
    /// The header's `alg` is `none` or not in the signer's allow-list.
    case algorithmNotAllowed(String)
    /// The header carries something that must be understood (`crit`) or an
    /// unexpected `typ`.
    case unsupportedHeader(String)
    case invalidSignature
    /// `exp` is past (beyond the leeway).
    case expired
    /// `nbf` is in the future (beyond the leeway).
    case notYetValid
    /// `iat` is in the future (beyond the leeway).
    case issuedInFuture
    case missingClaim(String)
    /// A registered claim has the wrong type.
    case invalidClaim(String)
    case issuerMismatch
    case audienceMismatch

    public var description: String {
        switch self {
        case .malformed(let reason): "Malformed token: \(reason)."
        case .algorithmNotAllowed(let alg): "Algorithm \"\(alg)\" is not allowed."
        case .unsupportedHeader(let name): "Unsupported header \"\(name)\"."
        case .invalidSignature: "Invalid signature."
        case .expired: "Token has expired."
        case .notYetValid: "Token is not valid yet."
        case .issuedInFuture: "Token was issued in the future."
        case .missingClaim(let name): "Missing claim \"\(name)\"."
        case .invalidClaim(let name): "Invalid claim \"\(name)\"."
        case .issuerMismatch: "Unexpected issuer."
        case .audienceMismatch: "Unexpected audience."
        }
    }
}
