import CLibPQ
import Foundation
import Synchronization

/// What callers share with the I/O thread: the job queue and its wake-up descriptor.
final class PostgresMailbox: Sendable {
    struct State {
        var jobs: [PostgresJob] = []
        var isClosed = false
    }

    let state = Mutex(State())
    let wakeFD: Int32
    let statementCount = Atomic<Int>(0)

    init() throws {
        wakeFD = xp_pq_make_wakeup_fd()
        guard wakeFD >= 0 else {
            throw PostgresError(kind: .connectionFailed, message: "Cannot create an eventfd.")
        }
    }

    deinit { Glibc.close(wakeFD) }

    func post(_ job: PostgresJob) {
        let accepted = state.withLock { s in
            if s.isClosed { return false }
            s.jobs.append(job)
            return true
        }
        guard accepted else {
            job.reply.resume(throwing: PostgresError.closed)
            return
        }
        statementCount.add(1, ordering: .relaxed)
        wake()
    }

    func close() {
        state.withLock { $0.isClosed = true }
        wake()
    }

    func wake() {
        var one: UInt64 = 1
        _ = Glibc.write(wakeFD, &one, 8)
    }
}

/// Runs every connection of a pool with poll() on one thread.
final class PostgresEventLoop {
    private let mailbox: PostgresMailbox
    private let conninfo: String
    private var connections: [PostgresConnection]
    private var queue: [PostgresJob] = []
    private var queueHead = 0

    init(mailbox: PostgresMailbox, conninfo: String, size: Int) {
        self.mailbox = mailbox
        self.conninfo = conninfo
        let now = ContinuousClock.now
        connections = (0..<size).map { _ in PostgresConnection(now: now) }
    }

    /// Returns when the pool is closed.
    func run() {
        var fds: [pollfd] = []
        while true {
            let now = ContinuousClock.now
            guard takeMail() else { return shutDown() }

            for connection in connections {
                apply(connection.tick(conninfo: conninfo, now: now), now: now)
            }
            dispatch(now: now)

            fds.removeAll(keepingCapacity: true)
            fds.append(pollfd(fd: mailbox.wakeFD, events: Int16(POLLIN), revents: 0))
            var owners: [Int] = []
            for (index, connection) in connections.enumerated() {
                let events = connection.pollEvents
                let socket = connection.socket
                guard events != 0, socket >= 0 else { continue }
                fds.append(pollfd(fd: socket, events: events, revents: 0))
                owners.append(index)
            }
            _ = poll(&fds, nfds_t(fds.count), timeout(now: now))

            if fds[0].revents != 0 {
                var count: UInt64 = 0
                _ = Glibc.read(mailbox.wakeFD, &count, 8)
            }
            var revents = [Int16](repeating: 0, count: connections.count)
            for (slot, index) in owners.enumerated() { revents[index] = fds[slot + 1].revents }
            let after = ContinuousClock.now
            for (index, connection) in connections.enumerated() {
                apply(connection.handle(revents: revents[index], now: after), now: after)
            }
        }
    }

    /// Moves posted jobs into the local queue; false once the pool is closed.
    private func takeMail() -> Bool {
        let (jobs, isClosed) = mailbox.state.withLock { s in
            defer { s.jobs.removeAll() }
            return (s.jobs, s.isClosed)
        }
        queue.append(contentsOf: jobs)
        return !isClosed
    }

    private func dispatch(now: ContinuousClock.Instant) {
        for connection in connections where connection.isIdle {
            guard queueHead < queue.count else { break }
            let job = queue[queueHead]
            queueHead += 1
            apply(connection.start(job, now: now), now: now)
        }
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
            return
        }
        // Work is waiting and nothing can take it: try to connect now rather than at backoff.
        if !connections.contains(where: \.isUsable) {
            for connection in connections {
                if let message = connection.connect(conninfo: conninfo, now: now) {
                    apply(.connectFailed(message), now: now)
                }
            }
        }
    }

    private func apply(_ outcome: PostgresConnection.Outcome, now: ContinuousClock.Instant) {
        switch outcome {
        case .none: break
        case .retry(let job):
            queue.insert(job, at: queueHead)
        case .connectFailed(let message):
            // Waiting jobs fail only once no connection is left that could run them.
            guard !connections.contains(where: \.isUsable), queueHead < queue.count else { return }
            let error = PostgresError(
                kind: .connectionFailed, message: "Cannot connect to the server: " + message)
            failQueue(with: error)
        }
    }

    private func failQueue(with error: PostgresError) {
        for job in queue[queueHead...] {
            job.reply.resume(throwing: error)
            if case .copy(_, let feed) = job.kind { feed.fail(error) }
        }
        queue.removeAll()
        queueHead = 0
    }

    /// Milliseconds until the earliest timer, or -1 to wait for I/O only.
    private func timeout(now: ContinuousClock.Instant) -> Int32 {
        guard let next = connections.compactMap(\.deadline).min() else { return -1 }
        if next <= now { return 0 }
        let (seconds, attoseconds) = (next - now).components
        let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
        return Int32(min(millis, 60_000))
    }

    private func shutDown() {
        failQueue(with: .closed)
        for connection in connections { connection.shutDown(with: .closed) }
        _ = takeMail()
        failQueue(with: .closed)
    }
}
