import CMicroHTTPD

/// One request on one connection, from its first line to the response being queued.
///
/// Everything but `suspension` is touched only by the libmicrohttpd thread that owns the
/// connection; `suspension` is the hand-off between that thread, the handler task and `stop()`.
final class ServerExchange: @unchecked Sendable {
    /// Where the request is in its life on the libmicrohttpd thread.
    enum Phase {
        /// Headers are in; the body (if any) has not started.
        case headers
        /// Body bytes are arriving.
        case body
        /// Over the body limit: the rest of the body is read and thrown away.
        case rejected
        /// The connection is suspended while the handler runs.
        case handling
        /// A response has been queued.
        case answered
    }

    /// The state shared across threads while the connection is suspended.
    enum Suspension {
        case none
        case suspended(ConnectionHandle)
        /// Resumed; the response waits for libmicrohttpd to call the access handler again.
        case resumed(HTTPResponse)
        /// libmicrohttpd is done with the request (response sent or connection gone).
        case closed
    }

    let target: String
    var phase = Phase.headers
    var method = ""
    var headers = HTTPHeaders()
    var body: [UInt8] = []
    var remoteAddress: String?
    var discardedBytes = 0
    let suspension = Locked(Suspension.none)

    init(target: String) { self.target = target }

    /// Hands the response over and resumes the connection, once; later calls do nothing.
    ///
    /// Resuming happens under the lock so that `stop()` can never resume a connection
    /// that a handler resumes at the same moment.
    func finish(with response: HTTPResponse) -> Bool {
        suspension.withLock { state in
            guard case .suspended(let connection) = state else { return false }
            state = .resumed(response)
            MHD_resume_connection(connection.pointer)
            return true
        }
    }

    var isClosed: Bool {
        suspension.withLock { if case .closed = $0 { true } else { false } }
    }

    func markClosed() {
        suspension.withLock { $0 = .closed }
    }

    /// The response stored by `finish`, taken once after the connection is resumed.
    func takeResponse() -> HTTPResponse? {
        suspension.withLock { state in
            guard case .resumed(let response) = state else { return nil }
            state = .none
            return response
        }
    }
}

struct ConnectionHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}
