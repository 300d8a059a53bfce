import CHiredis
import Foundation

/// A private Redis server from the Debian package, kept in a data folder.
///
/// The server daemonizes itself and writes a pid file, so a server left by an earlier
/// run for the same folder and port is reused. `start` blocks until the server answers
/// PING: call it before async work.
public struct EmbeddedRedis: Sendable {
    public private(set) var dataDirectory: String?
    public private(set) var port: Int?

    public init() {}

    /// Starts the server (or adopts one already running for this folder and port).
    /// - Returns: a URL for it, `redis://127.0.0.1:PORT`.
    public mutating func start(dataDirectory: String, port: Int) throws -> String {
        let directory = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        self.dataDirectory = directory
        self.port = port
        let url = "redis://127.0.0.1:\(port)"
        if let pid = Self.runningPid(directory), Self.answersPing(port: port) {
            _ = pid
            return url
        }
        let server = try Self.findServer()
        let arguments = [
            "--port", String(port), "--bind", "127.0.0.1", "--dir", directory,
            "--daemonize", "yes", "--pidfile", directory + "/redis.pid",
            "--logfile", directory + "/redis.log", "--dbfilename", "dump.rdb",
            "--save", "60 1", "--protected-mode", "yes",
        ]
        let status = try Self.spawnAndWait(server, arguments)
        guard status == 0 else {
            throw RedisError(
                .connectionFailed,
                "redis-server exited with status \(status): " + Self.logTail(directory))
        }
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if Self.answersPing(port: port) { return url }
            usleep(50_000)
        }
        throw RedisError(
            .connectionFailed,
            "redis-server did not answer on port \(port) within 15 s: " + Self.logTail(directory))
    }

    /// Asks the server to save and exit, and waits until it has.
    public func stop() {
        guard let dataDirectory, let pid = Self.runningPid(dataDirectory) else { return }
        kill(pid, SIGTERM)
        for _ in 0..<200 {
            if !Self.isLive(pid) { return }
            usleep(25_000)
        }
        kill(pid, SIGKILL)
    }

    /// A daemon that exited may linger as a zombie nobody reaps; that counts as gone.
    private static func isLive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    private static func runningPid(_ directory: String) -> pid_t? {
        guard let text = try? String(contentsOfFile: directory + "/redis.pid", encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
            comm.hasPrefix("redis"), isLive(pid)
        else { return nil }
        return pid
    }

    private static func answersPing(port: Int) -> Bool {
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        guard let context = redisConnectWithTimeout("127.0.0.1", Int32(port), timeout) else {
            return false
        }
        defer { redisFree(context) }
        guard context.pointee.err == 0 else { return false }
        redisSetTimeout(context, timeout)
        timeout.tv_sec = 0
        guard let raw = xp_redis_ping(context) else { return false }
        defer { freeReplyObject(raw) }
        let reply = raw.assumingMemoryBound(to: redisReply.self)
        return reply.pointee.type == REDIS_REPLY_STATUS
    }

    private static func findServer() throws -> String {
        for candidate in ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw RedisError(
            .connectionFailed, "redis-server not found (install the redis-server package).")
    }

    private static func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Threads of this process may block signals; the daemon inherits the mask and
        // would then ignore the SIGTERM that stops it, so it starts with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, nil, &attributes, argv, environ)
        guard result == 0 else {
            throw RedisError(.connectionFailed, "Cannot start \(path): errno \(result)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xff
    }

    private static func logTail(_ directory: String) -> String {
        let text = (try? String(contentsOfFile: directory + "/redis.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(5).joined(separator: "\n")
    }
}
