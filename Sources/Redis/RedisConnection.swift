import CHiredis
import Foundation

/// One blocking hiredis connection, used only by its worker thread.
final class RedisConnection {
    private let url: RedisURL
    private let connectTimeout: Duration
    private let commandTimeout: Duration
    private var context: UnsafeMutablePointer<redisContext>?
    /// Commands completed on the current socket; a socket never used cannot be stale.
    private var completed = 0

    init(url: RedisURL, connectTimeout: Duration, commandTimeout: Duration) {
        self.url = url
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
    }

    deinit { disconnect() }

    /// Runs one command, reconnecting first if needed.
    ///
    /// A socket that already served commands may have been closed by a server restart
    /// while idle; such a failure is retried once on a fresh connection.
    func run(_ args: [[UInt8]]) throws(RedisError) -> RedisReply {
        if context == nil { try connect() }
        do {
            return try send(args)
        } catch let error where error.kind == .connectionLost && completed > 0 {
            disconnect()
            try connect()
            return try send(args)
        }
    }

    private func send(_ args: [[UInt8]]) throws(RedisError) -> RedisReply {
        guard let context else { throw RedisError(.connectionLost, "Not connected.") }
        let raw = Self.command(context, args)
        guard let raw else {
            let error = RedisError(.connectionLost, "The command failed: " + Self.message(context))
            disconnect()
            throw error
        }
        defer { freeReplyObject(raw) }
        completed += 1
        let reply = raw.assumingMemoryBound(to: redisReply.self)
        if reply.pointee.type == REDIS_REPLY_ERROR {
            throw RedisError(.server, Self.text(reply.pointee.str, reply.pointee.len))
        }
        return Self.convert(reply)
    }

    private static func command(_ context: UnsafeMutablePointer<redisContext>, _ args: [[UInt8]])
        -> UnsafeMutableRawPointer?
    {
        let total = args.reduce(0) { $0 + $1.count }
        let storage = UnsafeMutablePointer<CChar>.allocate(capacity: max(total, 1))
        defer { storage.deallocate() }
        var pointers: [UnsafePointer<CChar>?] = []
        var lengths: [Int] = []
        var offset = 0
        for arg in args {
            arg.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress {
                    UnsafeMutableRawPointer(storage + offset).copyMemory(
                        from: base, byteCount: arg.count)
                }
            }
            pointers.append(UnsafePointer(storage + offset))
            lengths.append(arg.count)
            offset += arg.count
        }
        return pointers.withUnsafeMutableBufferPointer { p in
            redisCommandArgv(context, Int32(args.count), p.baseAddress, lengths)
        }
    }

    private static func convert(_ reply: UnsafeMutablePointer<redisReply>) -> RedisReply {
        let r = reply.pointee
        switch r.type {
        case REDIS_REPLY_STRING:
            guard let str = r.str else { return .bulk([]) }
            return .bulk(
                Array(UnsafeRawBufferPointer(start: str, count: r.len).bindMemory(to: UInt8.self)))
        case REDIS_REPLY_STATUS: return .status(text(r.str, r.len))
        case REDIS_REPLY_INTEGER: return .integer(Int(r.integer))
        case REDIS_REPLY_ARRAY:
            return .array((0..<r.elements).map { convert(r.element[$0]!) })
        default: return .null
        }
    }

    private func connect() throws(RedisError) {
        disconnect()
        guard
            let c = redisConnectWithTimeout(url.host, Int32(url.port), Self.timeval(connectTimeout))
        else { throw RedisError(.connectionFailed, "Cannot allocate a Redis context.") }
        if c.pointee.err != 0 {
            let message = Self.message(c)
            redisFree(c)
            throw RedisError(
                .connectionFailed, "Cannot connect to \(url.host):\(url.port): \(message)")
        }
        redisSetTimeout(c, Self.timeval(commandTimeout))
        context = c
        completed = 0

        do {
            if let password = url.password {
                let auth = [url.username, password].compactMap { $0 }.map { Array($0.utf8) }
                _ = try send([Array("AUTH".utf8)] + auth)
            }
            if url.database != 0 {
                _ = try send([Array("SELECT".utf8), Array(String(url.database).utf8)])
            }
        } catch {
            disconnect()
            throw RedisError(.connectionFailed, "Cannot set up the connection: \(error.message)")
        }
        completed = 0
    }

    func disconnect() {
        if let context { redisFree(context) }
        context = nil
    }

    private static func timeval(_ duration: Duration) -> Glibc.timeval {
        let (seconds, attoseconds) = duration.components
        return Glibc.timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }

    private static func message(_ context: UnsafeMutablePointer<redisContext>) -> String {
        withUnsafeBytes(of: context.pointee.errstr) { bytes in
            let text = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            return text.isEmpty ? "connection error" : text
        }
    }

    private static func text(_ str: UnsafeMutablePointer<CChar>?, _ length: Int) -> String {
        guard let str else { return "" }
        return String(
            decoding: UnsafeRawBufferPointer(start: str, count: length).bindMemory(to: UInt8.self),
            as: UTF8.self)
    }
}
