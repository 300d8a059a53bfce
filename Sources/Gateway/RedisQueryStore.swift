import Redis

/// Redis is the store gateway replicas share in production.
extension RedisClient: SharedQueryStore {
    public func value(forKey key: String) async throws -> String? {
        try await get(key)
    }

    public func setValue(_ value: String, forKey key: String, expireSeconds: Int) async throws {
        try await set(key, value, expireSeconds: expireSeconds)
    }
}
