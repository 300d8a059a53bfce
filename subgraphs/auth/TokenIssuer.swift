import JSON
import Redis
import Security

/// Access and refresh tokens. Access tokens are 15-minute JWTs; refresh tokens
/// are random, single use, and live in Redis for 30 days as
/// `xpgraph:refresh:<token>` -> `<userId>:<sessionId>`, with the session's
/// current token under `xpgraph:session-refresh:<sessionId>` so logout can
/// revoke it.
struct TokenIssuer: Sendable {
    static let accessLifetime = 15 * 60
    static let refreshLifetime = 30 * 86_400

    let signer: JWTSigner
    let redis: RedisClient

    struct Pair: Sendable {
        let accessToken: String
        let refreshToken: String
        let expiresAt: Int
    }

    func issue(userID: Int, sessionID: Int, role: String?, now: Int = RFC3339.now) async throws
        -> Pair
    {
        let expiresAt = now + Self.accessLifetime
        var claims: JSONObject = [
            "sub": .string(String(userID)), "sid": .string(String(sessionID)),
            "iat": .int(now), "exp": .int(expiresAt), "iss": .string(xpTokenIssuer),
        ]
        if let role { claims["role"] = .string(role) }
        let refreshToken = SecureRandom.token()
        try await redis.set(
            Self.refreshKey(refreshToken), "\(userID):\(sessionID)",
            expireSeconds: Self.refreshLifetime)
        try await redis.set(
            Self.sessionKey(sessionID), refreshToken, expireSeconds: Self.refreshLifetime)
        return Pair(
            accessToken: signer.sign(claims: claims), refreshToken: refreshToken,
            expiresAt: expiresAt)
    }

    /// Takes a refresh token out of Redis: it works once.
    func redeem(_ refreshToken: String) async throws -> (userID: Int, sessionID: Int)? {
        guard let value = try await redis.getDel(Self.refreshKey(refreshToken)) else { return nil }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let user = Int(parts[0]), let session = Int(parts[1]) else {
            return nil
        }
        return (user, session)
    }

    /// Revokes the session's current refresh token.
    func revoke(sessionID: Int) async throws {
        try await redis.set(
            SessionRevocation.key(sessionID: String(sessionID)), "1",
            expireSeconds: SessionRevocation.markSeconds)
        if let token = try await redis.getDel(Self.sessionKey(sessionID)) {
            _ = try await redis.del(Self.refreshKey(token))
        }
    }

    static func refreshKey(_ token: String) -> String { "xpgraph:refresh:" + token }
    static func sessionKey(_ session: Int) -> String { "xpgraph:session-refresh:\(session)" }
}
