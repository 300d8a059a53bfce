import CLibPQ
import Foundation
import Synchronization

/// A fixed set of non-blocking libpq connections driven by one I/O thread.
///
/// Callers never block: each statement is queued, run by the first idle connection,
/// and its result resumes the caller. A broken connection fails the statement it was
/// running and is reopened for the next one.
public final class PostgresPool: Sendable {
    private let mailbox: PostgresMailbox

    /// - Parameter url: a libpq URL or key=value string (`postgres://user@host:port/db`).
    public init(url: String, size: Int = 4) throws {
        precondition(size > 0, "a pool needs at least one connection")
        try Self.validate(url)
        let mailbox = try PostgresMailbox()
        self.mailbox = mailbox
        let thread = Thread {
            PostgresEventLoop(mailbox: mailbox, conninfo: url, size: size).run()
        }
        thread.name = "postgres-io"
        thread.start()
    }

    deinit { mailbox.close() }

    /// Statements sent since the pool was created (queries, scripts and copies).
    public var statementCount: Int { mailbox.statementCount.load(ordering: .relaxed) }

    /// Runs one statement with `$1`, `$2`, ... bound to `params` (text format).
    public func query(
        _ sql: String, _ params: [PostgresValue] = [], counter: StatementCounter? = nil
    ) async throws -> PostgresResult {
        var texts: [String?] = []
        texts.reserveCapacity(params.count)
        for (index, param) in params.enumerated() {
            let text = param.textEncoding
            if let text, text.utf8.contains(0) {
                throw PostgresError(
                    kind: .invalidInput, message: "Parameter $\(index + 1) contains a NUL byte.")
            }
            texts.append(text)
        }
        counter?.increment()
        let box = try await run(.query(sql, texts))
        return box.makeResult()
    }

    /// Runs several statements with the simple protocol, as migrations need.
    public func execute(script: String, counter: StatementCounter? = nil) async throws {
        counter?.increment()
        _ = try await run(.script(script))
    }

    /// Loads rows with `COPY table (columns) FROM STDIN`.
    ///
    /// Each element is one row in COPY text format: tab-separated fields, `\N` for NULL,
    /// backslash escapes, ending in a newline. Returns the number of rows copied.
    @discardableResult
    public func copy(
        into table: String, columns: [String], rows: some Sequence<[UInt8]>,
        chunkBytes: Int = 256 << 10
    ) async throws -> Int {
        let target = Self.quoteIdentifier(path: table)
        let list = columns.map { Self.quoteIdentifier($0) }.joined(separator: ", ")
        let feed = CopyFeed()
        _ = try await run(.copy("COPY \(target) (\(list)) FROM STDIN", feed))

        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkBytes + 1024)
        for row in rows {
            chunk.append(contentsOf: row)
            if chunk.count >= chunkBytes {
                try await send(chunk, to: feed)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { try await send(chunk, to: feed) }

        let box = try await withCheckedThrowingContinuation { continuation in
            if let failure = feed.offerFinish(continuation) {
                continuation.resume(throwing: failure)
            }
            mailbox.wake()
        }
        return box.makeResult().affectedRows
    }

    /// Fails queued and running statements and stops the I/O thread.
    public func close() { mailbox.close() }

    private func send(_ chunk: [UInt8], to feed: CopyFeed) async throws {
        try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Void, any Error>) in
            if let failure = feed.offer(chunk, continuation) {
                continuation.resume(throwing: failure)
            }
            mailbox.wake()
        }
    }

    private func run(_ kind: PostgresJob.Kind) async throws -> PGResultBox {
        try await withCheckedThrowingContinuation { continuation in
            mailbox.post(PostgresJob(kind: kind, reply: continuation))
        }
    }

    private static func validate(_ url: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &message) else {
            let text = message.map { String(cString: $0) } ?? "invalid connection string"
            if let message { PQfreemem(message) }
            throw PostgresError(
                kind: .invalidInput,
                message: "Invalid PostgreSQL URL: "
                    + text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        PQconninfoFree(options)
    }

    /// `"name"` with embedded quotes doubled.
    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `schema.table` quoted part by part.
    static func quoteIdentifier(path: String) -> String {
        path.split(separator: ".", omittingEmptySubsequences: false)
            .map { quoteIdentifier(String($0)) }.joined(separator: ".")
    }
}

/// Counts statements for one unit of work (a request), alongside the pool's total.
public final class StatementCounter: Sendable {
    private let count = Atomic<Int>(0)

    public init() {}

    public var value: Int { count.load(ordering: .relaxed) }

    public func increment() { count.add(1, ordering: .relaxed) }
}
