import Synchronization

/// A bounded map that forgets the least recently used entry first.
///
/// A doubly linked list threaded through an array plus a dictionary of indices:
/// lookups and inserts are O(1) and nothing is allocated per hit. Guarded by a
/// mutex, as the gateway's caches are shared by every request.
final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let state: Mutex<Storage>

    init(capacity: Int) {
        precondition(capacity > 0, "an LRU cache needs room for at least one entry")
        state = Mutex(Storage(capacity: capacity))
    }

    subscript(key: Key) -> Value? {
        state.withLock { $0.value(for: key) }
    }

    func insert(_ value: Value, for key: Key) {
        state.withLock { $0.insert(value, for: key) }
    }

    var count: Int { state.withLock { $0.index.count } }

    /// Returns the cached value, or computes, stores and returns it.
    func value(for key: Key, orInsert make: () throws -> Value) rethrows -> Value {
        if let value = self[key] { return value }
        let value = try make()
        insert(value, for: key)
        return value
    }

    private struct Node {
        var key: Key
        var value: Value
        var previous: Int
        var next: Int
    }

    private struct Storage {
        let capacity: Int
        var nodes: [Node] = []
        var index: [Key: Int] = [:]
        /// Most recently used; -1 when empty.
        var head = -1
        /// Least recently used; -1 when empty.
        var tail = -1

        init(capacity: Int) {
            self.capacity = capacity
            nodes.reserveCapacity(min(capacity, 1024))
        }

        mutating func value(for key: Key) -> Value? {
            guard let slot = index[key] else { return nil }
            moveToFront(slot)
            return nodes[slot].value
        }

        mutating func insert(_ value: Value, for key: Key) {
            if let slot = index[key] {
                nodes[slot].value = value
                moveToFront(slot)
                return
            }
            if nodes.count < capacity {
                nodes.append(Node(key: key, value: value, previous: -1, next: -1))
                let slot = nodes.count - 1
                index[key] = slot
                linkAtFront(slot)
                return
            }
            let slot = tail
            unlink(slot)
            index[nodes[slot].key] = nil
            nodes[slot].key = key
            nodes[slot].value = value
            index[key] = slot
            linkAtFront(slot)
        }

        private mutating func moveToFront(_ slot: Int) {
            guard slot != head else { return }
            unlink(slot)
            linkAtFront(slot)
        }

        private mutating func unlink(_ slot: Int) {
            let previous = nodes[slot].previous
            let next = nodes[slot].next
            if previous >= 0 { nodes[previous].next = next } else { head = next }
            if next >= 0 { nodes[next].previous = previous } else { tail = previous }
            nodes[slot].previous = -1
            nodes[slot].next = -1
        }

        private mutating func linkAtFront(_ slot: Int) {
            nodes[slot].next = head
            nodes[slot].previous = -1
            if head >= 0 { nodes[head].previous = slot }
            head = slot
            if tail < 0 { tail = slot }
        }
    }
}
