import CMicroHTTPD
import JSON

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The server state that libmicrohttpd's callbacks reach through their context pointer.
final class ServerCore: @unchecked Sendable {
    let maxBodyBytes: Int
    let handler: @Sendable (HTTPRequest) async -> HTTPResponse
    /// Bodies larger than this are not worth reading just to answer 413: the connection is cut.
    var discardLimit: Int { max(maxBodyBytes, 1 << 20) * 4 }

    private struct Registry {
        var stopping = false
        var suspended: [ObjectIdentifier: ServerExchange] = [:]
    }
    /// Suspended exchanges, striped so that epoll threads and handler tasks rarely meet on
    /// one lock; `stop()` is the only reader of the whole set.
    private let registries = (0..<16).map { _ in Locked(Registry()) }

    private func registry(for exchange: ServerExchange) -> Locked<Registry> {
        registries[(ObjectIdentifier(exchange).hashValue >> 4) & 15]
    }

    init(maxBodyBytes: Int, handler: @escaping @Sendable (HTTPRequest) async -> HTTPResponse) {
        self.maxBodyBytes = maxBodyBytes
        self.handler = handler
    }

    func reopen() {
        for registry in registries { registry.withLock { $0.stopping = false } }
    }

    /// Suspends the connection and starts the handler; false when the server is stopping.
    func dispatch(_ exchange: ServerExchange, on connection: OpaquePointer) -> Bool {
        let registry = registry(for: exchange)
        let accepted = registry.withLock { registry in
            guard !registry.stopping else { return false }
            MHD_suspend_connection(connection)
            exchange.suspension.withLock { $0 = .suspended(ConnectionHandle(pointer: connection)) }
            registry.suspended[ObjectIdentifier(exchange)] = exchange
            return true
        }
        guard accepted else { return false }

        let request = HTTPRequest(
            method: exchange.method, target: exchange.target, headers: exchange.headers,
            body: exchange.body, remoteAddress: exchange.remoteAddress)
        exchange.body = []
        Task {
            let response = await self.respond(to: request)
            if exchange.finish(with: response) {
                registry.withLock {
                    _ = $0.suspended.removeValue(forKey: ObjectIdentifier(exchange))
                }
            }
        }
        return true
    }

    /// Resumes every suspended connection with 503, refuses new dispatches, and waits
    /// (at most `grace` seconds) until libmicrohttpd has sent those answers.
    func abandonSuspended(grace: Double) {
        let pending = registries.flatMap { registry in
            registry.withLock { registry in
                registry.stopping = true
                defer { registry.suspended = [:] }
                return Array(registry.suspended.values)
            }
        }
        for exchange in pending {
            _ = exchange.finish(with: .plain(503, "Server is shutting down."))
        }
        var waited = 0.0
        while waited < grace, pending.contains(where: { !$0.isClosed }) {
            usleep(2000)
            waited += 0.002
        }
    }

    /// Decodes the body, runs the handler and encodes its response.
    private func respond(to request: HTTPRequest) async -> HTTPResponse {
        var request = request
        if let encoding = request.headers["Content-Encoding"]?.trimmingWhitespace().lowercased(),
            encoding != "identity"
        {
            guard encoding == "gzip" || encoding == "x-gzip" else {
                return .plain(415, "Unsupported Content-Encoding \"\(encoding)\".")
            }
            do {
                request.body = try Gzip.decompress(request.body, limit: maxBodyBytes)
            } catch .tooLarge {
                return .plain(413, "Request body is larger than \(maxBodyBytes) bytes.")
            } catch {
                return .plain(400, "Request body is not valid gzip.")
            }
            request.headers.remove("Content-Encoding")
        }
        let response = await handler(request)
        return ResponseEncoding.apply(to: response, for: request)
    }
}

extension HTTPResponse {
    /// A transport-level failure, in the shape GraphQL clients already read:
    /// `{"errors":[{"message":...}]}`.
    static func plain(_ status: Int, _ message: String) -> HTTPResponse {
        let body: JSON = ["errors": [["message": .string(message)]]]
        return HTTPResponse(
            status: status, contentType: "application/json; charset=utf-8",
            body: body.serialized)
    }
}
