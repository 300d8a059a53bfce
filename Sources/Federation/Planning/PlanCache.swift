import Glibc

/// A bounded map from operation key to plan, safe to share between tasks.
///
/// When full it forgets everything: plans are cheap to rebuild and a client
/// sending unbounded distinct operations should not grow memory.
final class PlanCache: @unchecked Sendable {
    private let capacity: Int
    private var plans: [String: QueryPlan] = [:]
    private let lock = Mutex()

    init(capacity: Int) { self.capacity = capacity }

    subscript(key: String) -> QueryPlan? {
        get { lock.withLock { plans[key] } }
        set {
            lock.withLock {
                if plans.count >= capacity { plans.removeAll(keepingCapacity: true) }
                plans[key] = newValue
            }
        }
    }
}

/// A pthread mutex; held only for short, non-suspending critical sections.
final class Mutex: @unchecked Sendable {
    private let pointer: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        pointer = .allocate(capacity: 1)
        pthread_mutex_init(pointer, nil)
    }

    deinit {
        pthread_mutex_destroy(pointer)
        pointer.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(pointer)
        defer { pthread_mutex_unlock(pointer) }
        return try body()
    }
}
