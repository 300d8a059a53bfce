import Synchronization

/// Something with keys waiting for one batch call.
protocol BatchDispatching: AnyObject, Sendable {
    func dispatchBatch(from scheduler: BatchScheduler?) async
}

/// Decides when DataLoaders run their batches during one execution.
///
/// The executor counts resolver tasks it has started and not yet taken back
/// (`running`); loaders count loads suspended waiting for a batch (`waiting`).
/// When every running task is waiting on a loader, nothing else can make
/// progress, so every loader with queued keys dispatches one batch: a "wave".
/// A running batch counts as running, so its own loads wait for the next wave.
final class BatchScheduler: Sendable {
    @TaskLocal static var current: BatchScheduler?

    private struct State {
        var running = 0
        var waiting = 0
        var queued: [any BatchDispatching] = []
    }

    private let state = Mutex(State())

    /// A resolver task (or a batch) started.
    func started(_ count: Int = 1) {
        state.withLock { $0.running += count }
    }

    /// A resolver task was taken back by the executor, which has queued its follow-up work.
    func finished() {
        let ready = state.withLock { state in
            state.running -= 1
            return Self.takeReady(&state)
        }
        dispatch(ready)
    }

    /// A load suspended; `loader` has keys queued for the next wave when not nil.
    func loadSuspended(queueing loader: (any BatchDispatching)?) {
        let ready = state.withLock { state in
            state.waiting += 1
            if let loader, !state.queued.contains(where: { $0 === loader }) {
                state.queued.append(loader)
            }
            return Self.takeReady(&state)
        }
        dispatch(ready)
    }

    /// A batch finished and is about to resume `resumed` loads.
    func batchFinished(resuming resumed: Int) {
        let ready = state.withLock { state in
            state.waiting -= resumed
            state.running -= 1
            return Self.takeReady(&state)
        }
        dispatch(ready)
    }

    /// Loads resumed by a batch another scheduler dispatched.
    func loadsResumed(_ count: Int) {
        let ready = state.withLock { state in
            state.waiting -= count
            return Self.takeReady(&state)
        }
        dispatch(ready)
    }

    private static func takeReady(_ state: inout State) -> [any BatchDispatching] {
        guard !state.queued.isEmpty, state.waiting >= state.running else { return [] }
        let ready = state.queued
        state.queued = []
        state.running += ready.count
        return ready
    }

    private func dispatch(_ loaders: [any BatchDispatching]) {
        for loader in loaders {
            Task { await loader.dispatchBatch(from: self) }
        }
    }
}
