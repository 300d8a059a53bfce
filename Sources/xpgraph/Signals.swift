import Dispatch
import Foundation

/// Waiting for Ctrl-C or SIGTERM without a blocked thread.
enum Signals {
    /// Suspends until SIGINT or SIGTERM arrives; returns the signal number.
    static func waitForTermination() async -> Int32 {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let watcher = SignalWatcher(continuation)
            watcher.start()
        }
    }
}

/// Keeps the dispatch sources alive until the first signal resumes the waiter once.
private final class SignalWatcher: @unchecked Sendable {
    private let queue = DispatchQueue(label: "xpgraph.signals")
    private var sources: [any DispatchSourceSignal] = []
    private var continuation: CheckedContinuation<Int32, Never>?

    init(_ continuation: CheckedContinuation<Int32, Never>) {
        self.continuation = continuation
    }

    func start() {
        queue.sync {
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [self] in fire(number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Runs on `queue`, so the continuation is touched by one thread only.
    private func fire(_ number: Int32) {
        continuation?.resume(returning: number)
        continuation = nil
    }
}
