import CLibPQ
import Synchronization

/// A libpq result handed from the I/O thread to the caller, who converts and frees it.
final class PGResultBox: @unchecked Sendable {
    let raw: OpaquePointer?

    init(_ raw: OpaquePointer?) { self.raw = raw }

    deinit { if let raw { PQclear(raw) } }

    /// Text-format rows; runs on the caller's task, off the I/O thread.
    func makeResult() -> PostgresResult {
        guard let raw else { return PostgresResult(columns: [], rows: [], affectedRows: 0) }
        let fieldCount = Int(PQnfields(raw))
        let rowCount = Int(PQntuples(raw))
        let columns = (0..<fieldCount).map { String(cString: PQfname(raw, Int32($0))) }

        var rows: [PostgresRow] = []
        rows.reserveCapacity(rowCount)
        for r in 0..<Int32(rowCount) {
            var values: [String?] = []
            values.reserveCapacity(fieldCount)
            for c in 0..<Int32(fieldCount) {
                if PQgetisnull(raw, r, c) != 0 {
                    values.append(nil)
                } else {
                    let length = Int(PQgetlength(raw, r, c))
                    let bytes = UnsafeRawPointer(PQgetvalue(raw, r, c)!)
                        .assumingMemoryBound(to: UInt8.self)
                    values.append(
                        String(
                            decoding: UnsafeBufferPointer(start: bytes, count: length),
                            as: UTF8.self))
                }
            }
            rows.append(PostgresRow(columns: columns, values: values))
        }
        let affected = Int(String(cString: PQcmdTuples(raw))) ?? 0
        return PostgresResult(columns: columns, rows: rows, affectedRows: affected)
    }
}

typealias PostgresReply = CheckedContinuation<PGResultBox, any Error>

/// Work for one connection, queued until a connection is idle.
struct PostgresJob: Sendable {
    enum Kind: Sendable {
        /// Extended protocol, one statement, text parameters.
        case query(String, [String?])
        /// Simple protocol, any number of statements.
        case script(String)
        /// `COPY ... FROM STDIN`; the reply resumes once the server accepts data.
        case copy(String, CopyFeed)
    }

    let kind: Kind
    let reply: PostgresReply
    /// Sends that failed before reaching a live server; such a job is retried once.
    var failedSends = 0
}

/// The data of one COPY, passed chunk by chunk from the caller to the I/O thread.
///
/// At most one chunk waits here, so a fast producer cannot outrun the socket.
final class CopyFeed: Sendable {
    struct State {
        var chunk: [UInt8]?
        var chunkTaken: CheckedContinuation<Void, any Error>?
        var finished: PostgresReply?
        var failure: PostgresError?
    }

    enum Next {
        case chunk([UInt8], CheckedContinuation<Void, any Error>)
        case finish(PostgresReply)
        case wait
    }

    let state = Mutex(State())

    /// Called by the caller; returns the failure if the copy already failed.
    func offer(_ chunk: [UInt8], _ taken: CheckedContinuation<Void, any Error>) -> PostgresError? {
        state.withLock { s in
            if let failure = s.failure { return failure }
            s.chunk = chunk
            s.chunkTaken = taken
            return nil
        }
    }

    func offerFinish(_ reply: PostgresReply) -> PostgresError? {
        state.withLock { s in
            if let failure = s.failure { return failure }
            s.finished = reply
            return nil
        }
    }

    /// Called on the I/O thread.
    func next() -> Next {
        state.withLock { s in
            if let chunk = s.chunk, let taken = s.chunkTaken {
                s.chunk = nil
                s.chunkTaken = nil
                return .chunk(chunk, taken)
            }
            if let finished = s.finished {
                s.finished = nil
                return .finish(finished)
            }
            return .wait
        }
    }

    /// Fails the waiting caller, and every later offer.
    func fail(_ error: PostgresError) {
        let (taken, finished) = state.withLock { s in
            if s.failure == nil { s.failure = error }
            defer {
                s.chunkTaken = nil
                s.finished = nil
                s.chunk = nil
            }
            return (s.chunkTaken, s.finished)
        }
        taken?.resume(throwing: error)
        finished?.resume(throwing: error)
    }
}
