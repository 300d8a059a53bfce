import Synchronization

/// Batches and caches loads by key (the DataLoader pattern).
///
/// Inside an execution, keys requested by every resolver that runs while the
/// executor is busy are collected, and the batch function is called once per
/// loader each time the executor runs out of other work (see `BatchScheduler`):
/// fifty parents loading their children make one batch call. Outside an
/// execution, keys are collected until the current task yields.
///
/// Results, errors included, are cached for the loader's life: make one loader
/// per request.
public final class DataLoader<Key: Hashable & Sendable, Value: Sendable>: Sendable,
    BatchDispatching
{
    public typealias BatchFunction = @Sendable ([Key]) async throws -> [Key: Value]

    private struct Waiter {
        let continuation: CheckedContinuation<Value?, any Error>
        let scheduler: BatchScheduler?
    }

    private enum Entry {
        case waiting([Waiter])
        case done(Result<Value?, any Error>)
    }

    private enum LoadOutcome {
        case done(Result<Value?, any Error>)
        case joined
        case queuedFirst
        case queued
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var queue: [Key] = []
    }

    private let batch: BatchFunction
    private let state = Mutex(State())

    public init(batch: @escaping BatchFunction) {
        self.batch = batch
    }

    /// The value for `key`, or nil when the batch function returned none for it.
    public func load(_ key: Key) async throws -> Value? {
        if case .done(let result)? = state.withLock({ $0.entries[key] }) {
            return try result.get()
        }
        let scheduler = BatchScheduler.current
        return try await withCheckedThrowingContinuation { continuation in
            let waiter = Waiter(continuation: continuation, scheduler: scheduler)
            let outcome: LoadOutcome = state.withLock { state in
                switch state.entries[key] {
                case .done(let result):
                    return .done(result)
                case .waiting(var waiters):
                    waiters.append(waiter)
                    state.entries[key] = .waiting(waiters)
                    return .joined
                case nil:
                    state.entries[key] = .waiting([waiter])
                    state.queue.append(key)
                    return state.queue.count == 1 ? .queuedFirst : .queued
                }
            }
            switch outcome {
            case .done(let result):
                continuation.resume(with: result)
            case .joined:
                scheduler?.loadSuspended(queueing: nil)
            case .queued, .queuedFirst:
                if let scheduler {
                    scheduler.loadSuspended(queueing: self)
                } else if case .queuedFirst = outcome {
                    Task {
                        await Task.yield()
                        await self.dispatchBatch(from: nil)
                    }
                }
            }
        }
    }

    /// Loads several keys in one wave; nil where the batch returned no value.
    public func loadMany(_ keys: [Key]) async throws -> [Value?] {
        try await withThrowingTaskGroup(of: Indexed<Value?>.self) { group in
            for (index, key) in keys.enumerated() {
                group.addTask {
                    let value = try await self.load(key)
                    return Indexed(index, value)
                }
            }
            var values = [Value?](repeating: nil, count: keys.count)
            for try await loaded in group { values[loaded.index] = loaded.value }
            return values
        }
    }

    /// Puts a value in the cache unless the key is already loaded or loading.
    public func prime(_ key: Key, _ value: Value) {
        state.withLock { state in
            if state.entries[key] == nil { state.entries[key] = .done(.success(value)) }
        }
    }

    func dispatchBatch(from scheduler: BatchScheduler?) async {
        let keys = state.withLock { state in
            let keys = state.queue
            state.queue = []
            return keys
        }
        var result: Result<[Key: Value], any Error>
        if keys.isEmpty {
            result = .success([:])
        } else {
            do { result = .success(try await batch(keys)) } catch { result = .failure(error) }
        }

        let waiters: [(Waiter, Result<Value?, any Error>)] = state.withLock { state in
            var resumed: [(Waiter, Result<Value?, any Error>)] = []
            for key in keys {
                let value = result.map { $0[key] }
                if case .waiting(let waiters)? = state.entries[key] {
                    resumed += waiters.map { ($0, value) }
                }
                state.entries[key] = .done(value)
            }
            return resumed
        }

        // Counts go down before anyone resumes, so no wave starts in between.
        var own = 0
        var others: [ObjectIdentifier: (BatchScheduler, Int)] = [:]
        for (waiter, _) in waiters {
            guard let waiterScheduler = waiter.scheduler else { continue }
            if waiterScheduler === scheduler {
                own += 1
            } else {
                others[ObjectIdentifier(waiterScheduler), default: (waiterScheduler, 0)].1 += 1
            }
        }
        for (other, count) in others.values { other.loadsResumed(count) }
        scheduler?.batchFinished(resuming: own)
        for (waiter, value) in waiters { waiter.continuation.resume(with: value) }
    }
}
