import Redis
import Security

/// Failed sign-ins per account, kept in Redis so every auth replica counts together.
///
/// After `limit` failures within `window` seconds the account refuses passwords
/// (right or wrong) until the window passes, which makes guessing a password online
/// slow; the Argon2id check is skipped meanwhile, which also spares the CPU.
struct FailedSignIns {
    static let limit = 10
    static let window = 15 * 60

    let redis: RedisClient
    /// The email is hashed so the key names no address.
    let key: String

    init(redis: RedisClient, email: String) async throws {
        self.redis = redis
        key = "xpgraph:login-failures:" + SHA256.hex(email)
    }

    func refuseWhenLocked() async throws {
        let count = try await redis.get(key).flatMap { Int($0) } ?? 0
        if count >= Self.limit {
            throw XPError.tooManyAttempts(
                "Too many failed sign-ins for this account; try again in 15 minutes.")
        }
    }

    func record() async throws {
        let count = try await redis.incr(key)
        if count == 1 { try await redis.expire(key, seconds: Self.window) }
    }

    func clear() async throws {
        try await redis.del(key)
    }
}
