import Observability
import Synchronization

/// Automatic persisted queries: hash to query text, in process first, then in Redis.
///
/// Redis is shared by every gateway replica, so a query registered on one is
/// found by the others. When Redis fails, lookups fall back to this process's
/// cache and registrations stay local; the request itself still succeeds.
final class PersistedQueryStore: Sendable {
    static let keyPrefix = "xpgraph:apq:"

    private let local: LRUCache<String, String>
    private let redis: (any SharedQueryStore)?
    private let ttl: Int
    private let logger: Logger
    /// Whether the last Redis call failed, so an outage is logged once, not per request.
    private let redisFailing = Mutex(false)

    init(capacity: Int, redis: (any SharedQueryStore)?, ttl: Int, logger: Logger) {
        local = LRUCache(capacity: capacity)
        self.redis = redis
        self.ttl = ttl
        self.logger = logger
    }

    func query(forHash hash: String, requestID: String) async -> String? {
        if let query = local[hash] { return query }
        guard let redis else { return nil }
        do {
            let query = try await redis.value(forKey: Self.keyPrefix + hash)
            noteRedisWorks(requestID: requestID)
            if let query { local.insert(query, for: hash) }
            return query
        } catch {
            noteRedisFailed(error, requestID: requestID)
            return nil
        }
    }

    func store(_ query: String, forHash hash: String, requestID: String) async {
        local.insert(query, for: hash)
        guard let redis else { return }
        do {
            try await redis.setValue(query, forKey: Self.keyPrefix + hash, expireSeconds: ttl)
            noteRedisWorks(requestID: requestID)
        } catch {
            noteRedisFailed(error, requestID: requestID)
        }
    }

    private func noteRedisFailed(_ error: any Error, requestID: String) {
        let wasFailing = redisFailing.withLock { state in
            defer { state = true }
            return state
        }
        guard !wasFailing else { return }
        logger.warn(
            "apq.redis_unavailable",
            LogFields(requestID: requestID, ["error": .string("\(error)")]))
    }

    private func noteRedisWorks(requestID: String) {
        let wasFailing = redisFailing.withLock { state in
            defer { state = false }
            return state
        }
        if wasFailing { logger.info("apq.redis_recovered", LogFields(requestID: requestID)) }
    }
}

/// A key-value store shared by gateway replicas; Redis in production.
public protocol SharedQueryStore: Sendable {
    func value(forKey key: String) async throws -> String?
    func setValue(_ value: String, forKey key: String, expireSeconds: Int) async throws
}
