import CMicroHTTPD

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An HTTP/1.1 server on libmicrohttpd.
///
/// libmicrohttpd owns the sockets on its own epoll thread(s). Each request's body is
/// gathered there, then the connection is suspended while the Swift handler runs as a
/// task, and resumed when the response is ready: no thread waits for Swift.
public final class HTTPServer: Sendable {
    public let host: String
    public let port: Int
    public let maxBodyBytes: Int
    /// epoll threads inside libmicrohttpd.
    public let threads: Int
    /// Seconds an idle keep-alive connection stays open.
    public let idleTimeout: Int
    private let core: ServerCore
    private let daemon = Locked<DaemonHandle?>(nil)

    public init(
        host: String = "127.0.0.1", port: Int, maxBodyBytes: Int = 8 << 20, threads: Int = 2,
        idleTimeout: Int = 60,
        handler: @escaping @Sendable (HTTPRequest) async -> HTTPResponse
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.threads = max(1, threads)
        self.idleTimeout = idleTimeout
        core = ServerCore(maxBodyBytes: maxBodyBytes, handler: handler)
    }

    deinit { stop() }

    /// Binds and starts serving; throws when the address is unusable or the port is taken.
    public func start() throws(HTTPServerError) {
        guard (0...65535).contains(port) else {
            throw HTTPServerError("Port \(port) is out of range.")
        }
        let started = daemon.withLock { handle in
            if handle != nil { return true }
            core.reopen()
            let context = Unmanaged.passUnretained(core).toOpaque()
            let pointer = xp_mhd_start(
                host, UInt16(port), UInt32(threads), UInt32(idleTimeout), 10_000,
                ServerCallbacks.access, context, ServerCallbacks.completed, context,
                ServerCallbacks.uriLog, context)
            handle = pointer.map(DaemonHandle.init(pointer:))
            return handle != nil
        }
        guard started else {
            throw HTTPServerError(
                "Could not listen on \(host):\(port) (address in use or invalid).")
        }
    }

    /// Stops accepting, answers requests still in their handlers with 503 (waiting up to a
    /// second for those answers to go out), then closes every connection.
    public func stop() {
        daemon.withLock { handle in
            guard let pointer = handle?.pointer else { return }
            let listener = MHD_quiesce_daemon(pointer)
            core.abandonSuspended(grace: 1)
            MHD_stop_daemon(pointer)
            if listener >= 0 { close(listener) }
            handle = nil
        }
    }

    /// The port actually bound, which differs from `port` when that was 0; 0 when stopped.
    public var boundPort: Int {
        daemon.withLock { handle in handle.map { Int(xp_mhd_bound_port($0.pointer)) } ?? 0 }
    }
}

public struct HTTPServerError: Error, Sendable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}

private struct DaemonHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}
