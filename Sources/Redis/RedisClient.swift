import CHiredis
import Foundation

/// A few blocking hiredis connections, each on its own thread, fed by one queue.
///
/// Callers never block: a command is queued, the first free connection thread runs it
/// and resumes the caller. Connect and command timeouts bound every wait, so a dead
/// server produces a `RedisError` rather than a hang.
public final class RedisClient: Sendable {
    private let queue: RedisQueue

    public init(
        url: String, connections: Int = 2, connectTimeout: Duration = .seconds(2),
        commandTimeout: Duration = .seconds(5)
    ) throws {
        precondition(connections > 0, "a client needs at least one connection")
        let target = try RedisURL(url)
        xp_redis_ignore_sigpipe()
        let queue = RedisQueue()
        self.queue = queue
        for index in 0..<connections {
            let thread = Thread {
                let connection = RedisConnection(
                    url: target, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
                while let job = queue.take() {
                    do throws(RedisError) {
                        job.reply.resume(returning: try connection.run(job.args))
                    } catch {
                        job.reply.resume(throwing: error)
                    }
                }
                connection.disconnect()
            }
            thread.name = "redis-\(index)"
            thread.start()
        }
    }

    deinit { queue.close() }

    /// Fails queued commands and stops the connection threads.
    public func close() { queue.close() }

    /// Runs any command, binary safe.
    public func command(bytes args: [[UInt8]]) async throws -> RedisReply {
        try await withCheckedThrowingContinuation { continuation in
            queue.post(RedisJob(args: args, reply: continuation))
        }
    }

    public func command(_ args: [String]) async throws -> RedisReply {
        try await command(bytes: args.map { Array($0.utf8) })
    }

    public func get(_ key: String) async throws -> String? {
        try await command(["GET", key]).string
    }

    public func set(_ key: String, _ value: String, expireSeconds: Int? = nil) async throws {
        var args = ["SET", key, value]
        if let expireSeconds { args += ["EX", String(expireSeconds)] }
        _ = try await command(args)
    }

    /// Reads and deletes in one step, for single-use tokens.
    public func getDel(_ key: String) async throws -> String? {
        try await command(["GETDEL", key]).string
    }

    /// Returns how many keys were removed.
    @discardableResult
    public func del(_ keys: String...) async throws -> Int {
        try await integer(["DEL"] + keys)
    }

    /// Returns false if the key does not exist.
    @discardableResult
    public func expire(_ key: String, seconds: Int) async throws -> Bool {
        try await integer(["EXPIRE", key, String(seconds)]) == 1
    }

    public func incr(_ key: String) async throws -> Int {
        try await integer(["INCR", key])
    }

    private func integer(_ args: [String]) async throws -> Int {
        let reply = try await command(args)
        guard let value = reply.integer else {
            throw RedisError(.unexpectedReply, "\(args[0]) did not return an integer.")
        }
        return value
    }
}

struct RedisJob: Sendable {
    let args: [[UInt8]]
    let reply: CheckedContinuation<RedisReply, any Error>
}

/// The queue between callers and connection threads.
final class RedisQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [RedisJob] = []
    private var head = 0
    private var isClosed = false

    func post(_ job: RedisJob) {
        condition.lock()
        if isClosed {
            condition.unlock()
            job.reply.resume(throwing: RedisError(.closed, "The client is closed."))
            return
        }
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Blocks the calling connection thread; nil once closed and drained.
    func take() -> RedisJob? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count, !isClosed { condition.wait() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        }
        return job
    }

    func close() {
        condition.lock()
        isClosed = true
        let waiting = jobs[head...]
        jobs = []
        head = 0
        condition.broadcast()
        condition.unlock()
        for job in waiting {
            job.reply.resume(throwing: RedisError(.closed, "The client is closed."))
        }
    }
}
