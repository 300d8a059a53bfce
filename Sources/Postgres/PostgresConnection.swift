import CLibPQ
import Foundation

/// One libpq connection in non-blocking mode, touched only by the event loop's thread.
final class PostgresConnection {
    enum State {
        /// No socket; a new attempt may start at `retryAt`.
        case disconnected(retryAt: ContinuousClock.Instant)
        /// `PQconnectPoll` asked to wait for this socket event.
        case connecting(PostgresPollingStatusType, deadline: ContinuousClock.Instant)
        /// Ready for a job.
        case idle
        /// Running a job.
        case busy(Work)
    }

    /// A job in progress and where it stands.
    struct Work {
        enum Phase {
            /// Reading results until `PQgetResult` returns NULL.
            case results
            /// Waiting for the server to accept COPY data.
            case copyStarting(CopyFeed)
            /// Passing the caller's chunks to libpq.
            case copyStreaming(CopyFeed)
            /// Reading the result of a COPY after `PQputCopyEnd`.
            case copyEnding(CopyFeed)
        }

        var phase: Phase
        var reply: PostgresReply?
        /// The job, kept so a send that never reached the server can be retried.
        var job: PostgresJob
        /// libpq may hold output that the socket has not taken yet.
        var flushing = true
        var result: OpaquePointer?
        var error: PostgresError?
        /// Reported if the server sends no error of its own.
        var fallbackError: PostgresError?
    }

    /// What the event loop must do after handling a connection.
    enum Outcome {
        case none
        /// The job never reached the server (the connection was dead); queue it again.
        case retry(PostgresJob)
        /// An attempt to connect failed with this message.
        case connectFailed(String)
    }

    static let connectTimeout = Duration.seconds(5)

    private(set) var state: State
    private var conn: OpaquePointer?
    private var backoff = Duration.milliseconds(100)

    init(now: ContinuousClock.Instant) {
        state = .disconnected(retryAt: now)
    }

    var isUsable: Bool {
        switch state {
        case .idle, .busy, .connecting: return true
        case .disconnected: return false
        }
    }

    var isIdle: Bool {
        if case .idle = state { return true }
        return false
    }

    var socket: Int32 { conn.map { PQsocket($0) } ?? -1 }

    /// The poll() events this connection waits for; 0 for none.
    var pollEvents: Int16 {
        switch state {
        case .disconnected: return 0
        case .connecting(let status, _):
            return status == PGRES_POLLING_READING ? Int16(POLLIN) : Int16(POLLOUT)
        case .idle: return Int16(POLLIN)
        case .busy(let work):
            return work.flushing ? Int16(POLLIN | POLLOUT) : Int16(POLLIN)
        }
    }

    /// The instant at which `tick` has something to do, if any.
    var deadline: ContinuousClock.Instant? {
        switch state {
        case .disconnected(let retryAt): return retryAt
        case .connecting(_, let deadline): return deadline
        default: return nil
        }
    }

    // MARK: Connecting

    /// Starts a connection attempt; returns the failure message if it failed at once.
    func connect(conninfo: String, now: ContinuousClock.Instant) -> String? {
        close()
        guard let c = PQconnectStart(conninfo) else { return fail("out of memory", now: now) }
        conn = c
        // Notices (and FATAL messages between statements) would go to stderr otherwise.
        PQsetNoticeProcessor(c, { _, _ in }, nil)
        if PQstatus(c) == CONNECTION_BAD { return fail(errorMessage(), now: now) }
        state = .connecting(PGRES_POLLING_WRITING, deadline: now + Self.connectTimeout)
        return nil
    }

    private func advanceConnect(now: ContinuousClock.Instant) -> Outcome {
        guard let c = conn else { return .none }
        let status = PQconnectPoll(c)
        switch status {
        case PGRES_POLLING_OK:
            PQsetnonblocking(c, 1)
            backoff = .milliseconds(100)
            state = .idle
            return .none
        case PGRES_POLLING_FAILED:
            return .connectFailed(fail(errorMessage(), now: now))
        default:
            if case .connecting(_, let deadline) = state {
                state = .connecting(status, deadline: deadline)
            }
            return .none
        }
    }

    private func fail(_ message: String, now: ContinuousClock.Instant) -> String {
        close()
        state = .disconnected(retryAt: now + backoff)
        backoff = min(backoff * 2, .seconds(5))
        return message
    }

    /// Handles timers: reconnect attempts and connect timeouts.
    func tick(conninfo: String, now: ContinuousClock.Instant) -> Outcome {
        switch state {
        case .disconnected(let retryAt) where retryAt <= now:
            if let message = connect(conninfo: conninfo, now: now) {
                return .connectFailed(message)
            }
        case .connecting(_, let deadline) where deadline <= now:
            return .connectFailed(fail("timed out while connecting", now: now))
        default: break
        }
        return .none
    }

    // MARK: Jobs

    /// Sends the job's statement; the connection must be idle.
    func start(_ job: PostgresJob, now: ContinuousClock.Instant) -> Outcome {
        guard let c = conn, isIdle else { preconditionFailure("start on a busy connection") }
        let sent: Int32
        var phase = Work.Phase.results
        switch job.kind {
        case .query(let sql, let params):
            sent = Self.sendQuery(c, sql, params)
        case .script(let sql):
            sent = PQsendQuery(c, sql)
        case .copy(let sql, let feed):
            sent = PQsendQuery(c, sql)
            phase = .copyStarting(feed)
        }
        if sent == 0 {
            let message = errorMessage()
            if PQstatus(c) == CONNECTION_BAD {
                drop(now: now)
                var again = job
                again.failedSends += 1
                if again.failedSends < 2 { return .retry(again) }
                job.reply.resume(throwing: PostgresError(kind: .connectionLost, message: message))
                return .none
            }
            job.reply.resume(throwing: PostgresError(kind: .invalidInput, message: message))
            return .none
        }
        state = .busy(Work(phase: phase, reply: job.reply, job: job))
        return handle(revents: Int16(POLLOUT), now: now)
    }

    private static func sendQuery(_ c: OpaquePointer, _ sql: String, _ params: [String?]) -> Int32 {
        let copies = params.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let values = copies.map { UnsafePointer<CChar>($0) }
        return values.withUnsafeBufferPointer { buffer in
            PQsendQueryParams(c, sql, Int32(params.count), nil, buffer.baseAddress, nil, nil, 0)
        }
    }

    /// Advances whatever the connection is doing after poll() reported `revents`.
    func handle(revents: Int16, now: ContinuousClock.Instant) -> Outcome {
        switch state {
        case .disconnected: return .none
        case .connecting:
            return revents != 0 ? advanceConnect(now: now) : .none
        case .idle:
            if revents != 0 { drainIdle(now: now) }
            return .none
        case .busy(var work):
            let outcome = advance(&work, revents: revents, now: now)
            if case .busy = state { state = .busy(work) }
            return outcome
        }
    }

    private func drainIdle(now: ContinuousClock.Instant) {
        guard let c = conn else { return }
        if PQconsumeInput(c) == 0 || PQstatus(c) == CONNECTION_BAD {
            drop(now: now)
            return
        }
        while let notice = PQnotifies(c) { PQfreemem(notice) }
        while PQisBusy(c) == 0, let stray = PQgetResult(c) { PQclear(stray) }
    }

    private func advance(_ work: inout Work, revents: Int16, now: ContinuousClock.Instant)
        -> Outcome
    {
        guard let c = conn else { return .none }

        if work.flushing {
            switch PQflush(c) {
            case 0: work.flushing = false
            case 1: break
            default: return lose(&work, now: now)
            }
        }

        if case .copyStreaming(let feed) = work.phase {
            if revents & Int16(POLLIN | POLLHUP | POLLERR) != 0, PQconsumeInput(c) == 0 {
                return lose(&work, now: now)
            }
            return stream(&work, feed: feed, now: now)
        }

        if revents & Int16(POLLIN | POLLHUP | POLLERR) != 0, PQconsumeInput(c) == 0 {
            return lose(&work, now: now)
        }
        while PQisBusy(c) == 0 {
            guard let result = PQgetResult(c) else {
                finish(&work, now: now)
                return .none
            }
            switch PQresultStatus(result) {
            case PGRES_COPY_IN:
                PQclear(result)
                guard case .copyStarting(let feed) = work.phase else {
                    PQputCopyEnd(c, "COPY FROM STDIN is not supported by query()")
                    continue
                }
                work.reply?.resume(returning: PGResultBox(nil))
                work.reply = nil
                work.phase = .copyStreaming(feed)
                return stream(&work, feed: feed, now: now)
            case PGRES_COPY_OUT, PGRES_COPY_BOTH:
                PQclear(result)
                let error = PostgresError(
                    kind: .unsupported, message: "COPY TO STDOUT is not supported.")
                work.reply?.resume(throwing: error)
                work.reply = nil
                if case .copyStarting(let feed) = work.phase { feed.fail(error) }
                drop(now: now)
                return .none
            case PGRES_FATAL_ERROR, PGRES_BAD_RESPONSE, PGRES_NONFATAL_ERROR:
                if work.error == nil || work.error?.kind != .server {
                    work.error = Self.serverError(result)
                }
                PQclear(result)
            default:
                if let old = work.result { PQclear(old) }
                work.result = result
            }
        }
        return .none
    }

    /// Moves caller chunks into libpq, one at a time, never faster than the socket drains.
    private func stream(_ work: inout Work, feed: CopyFeed, now: ContinuousClock.Instant) -> Outcome
    {
        guard let c = conn else { return .none }
        while !work.flushing {
            switch feed.next() {
            case .wait:
                return .none
            case .chunk(let chunk, let taken):
                let status = chunk.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        PQputCopyData(c, $0.baseAddress, Int32($0.count))
                    }
                }
                // A refused chunk still counts as taken: the copy's result carries the error.
                taken.resume()
                guard status == 1 else {
                    let error = PostgresError(kind: .connectionLost, message: errorMessage())
                    return endCopy(&work, feed: feed, failedWith: error, now: now)
                }
            case .finish(let reply):
                work.reply = reply
                guard PQputCopyEnd(c, nil) == 1 else {
                    return lose(&work, now: now)
                }
                work.phase = .copyEnding(feed)
            }
            switch PQflush(c) {
            case 0: break
            case 1: work.flushing = true
            default: return lose(&work, now: now)
            }
            if case .copyEnding = work.phase {
                return advance(&work, revents: 0, now: now)
            }
        }
        return .none
    }

    /// libpq refused COPY data: read the server's reason and fail the feed with it.
    private func endCopy(
        _ work: inout Work, feed: CopyFeed, failedWith error: PostgresError,
        now: ContinuousClock.Instant
    ) -> Outcome {
        work.fallbackError = error
        work.phase = .copyEnding(feed)
        if PQstatus(conn) == CONNECTION_BAD { return lose(&work, now: now) }
        return advance(&work, revents: 0, now: now)
    }

    private func finish(_ work: inout Work, now: ContinuousClock.Instant) {
        let result = work.result
        work.result = nil
        if let error = work.error ?? work.fallbackError {
            if let result { PQclear(result) }
            work.reply?.resume(throwing: error)
            if case .copyEnding(let feed) = work.phase { feed.fail(error) }
            if case .copyStarting(let feed) = work.phase { feed.fail(error) }
        } else {
            work.reply?.resume(returning: PGResultBox(result))
        }
        work.reply = nil
        if let c = conn, PQstatus(c) == CONNECTION_BAD {
            drop(now: now)
        } else {
            state = .idle
        }
    }

    /// The socket broke mid-job: fail the job and reconnect soon.
    private func lose(_ work: inout Work, now: ContinuousClock.Instant) -> Outcome {
        let error = PostgresError(
            kind: .connectionLost,
            message: "The connection to the server was lost while a statement ran: "
                + errorMessage())
        if let result = work.result { PQclear(result) }
        work.result = nil
        work.reply?.resume(throwing: error)
        work.reply = nil
        switch work.phase {
        case .copyStarting(let feed), .copyStreaming(let feed), .copyEnding(let feed):
            feed.fail(error)
        case .results: break
        }
        drop(now: now)
        return .none
    }

    /// Forgets a broken connection; the next attempt starts at once.
    private func drop(now: ContinuousClock.Instant) {
        close()
        state = .disconnected(retryAt: now)
    }

    /// Fails the running job with `error` and closes the socket.
    func shutDown(with error: PostgresError) {
        if case .busy(let work) = state {
            if let result = work.result { PQclear(result) }
            work.reply?.resume(throwing: error)
            switch work.phase {
            case .copyStarting(let feed), .copyStreaming(let feed), .copyEnding(let feed):
                feed.fail(error)
            case .results: break
            }
        }
        close()
        state = .disconnected(retryAt: .now + .seconds(3600))
    }

    private func close() {
        if let c = conn { PQfinish(c) }
        conn = nil
    }

    private func errorMessage() -> String {
        guard let c = conn, let text = PQerrorMessage(c) else { return "unknown error" }
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? "unknown error" : message
    }

    static func serverError(_ result: OpaquePointer) -> PostgresError {
        func field(_ code: Int32) -> String? {
            PQresultErrorField(result, code).map { String(cString: $0) }
        }
        let message =
            field(xp_pq_diag_message())
            ?? String(cString: PQresultErrorMessage(result)).trimmingCharacters(
                in: .whitespacesAndNewlines)
        return PostgresError(
            kind: .server, message: message, sqlState: field(xp_pq_diag_sqlstate()),
            detail: field(xp_pq_diag_detail()), hint: field(xp_pq_diag_hint()))
    }
}
