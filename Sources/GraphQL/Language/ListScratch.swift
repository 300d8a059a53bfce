import Synchronization

/// A stack of parsed list items waiting for their list to close.
///
/// Lists nest, but a list's items are pushed only once each item is complete, so the items
/// of the innermost open list are always on top and contiguous. When the list closes they
/// move into an array of exactly their count: one allocation per list, no regrowth, and
/// no retain or release. Items of different types share the buffer; every AST type is
/// bitwise movable and at most 8-byte aligned.
struct ListScratch: ~Copyable {
    private var storage: UnsafeMutableRawPointer?
    private var capacity = 0
    /// Bytes in use; a list's mark is the count before its first item.
    private(set) var byteCount = 0

    /// A buffer of `initialCapacity` bytes kept between parses, so most parses allocate none (its address; 0 for none).
    private static let spare = Atomic<UInt>(0)
    private static let initialCapacity = 16_384

    init() {
        if let spare = UnsafeMutableRawPointer(
            bitPattern: Self.spare.exchange(0, ordering: .acquiring))
        {
            storage = spare
            capacity = Self.initialCapacity
        }
    }

    deinit {
        // Every list pops or discards its items, also when a syntax error unwinds it.
        guard let storage else { return }
        if capacity != Self.initialCapacity
            || !Self.spare.compareExchange(
                expected: 0, desired: UInt(bitPattern: storage), ordering: .releasing
            ).exchanged
        {
            storage.deallocate()
        }
    }

    @inline(__always)
    mutating func push<Item>(_ item: consuming Item) {
        let offset = Self.aligned(byteCount, for: Item.self)
        let end = offset + MemoryLayout<Item>.stride
        if end > capacity { grow(to: end) }
        (storage! + offset).initializeMemory(as: Item.self, to: item)
        byteCount = end
    }

    /// The items pushed since `mark`, moved into an array.
    mutating func pop<Item>(from mark: Int, as _: Item.Type) -> [Item] {
        let offset = Self.aligned(mark, for: Item.self)
        guard byteCount > offset else {
            byteCount = mark
            return []
        }
        let count = (byteCount - offset) / MemoryLayout<Item>.stride
        let items = (storage! + offset).assumingMemoryBound(to: Item.self)
        // Appending a sequence that moves its elements allocates through code specialized
        // for `Item` and moves them in one block; `init(unsafeUninitializedCapacity:)`
        // would look the array type up at run time.
        var result: [Item] = []
        result.append(contentsOf: MovingElements(start: items, count: count))
        byteCount = mark
        return result
    }

    /// Destroys the items pushed since `mark`, when a syntax error abandons their list.
    mutating func discard<Item>(from mark: Int, as _: Item.Type) {
        let offset = Self.aligned(mark, for: Item.self)
        if byteCount > offset {
            let count = (byteCount - offset) / MemoryLayout<Item>.stride
            (storage! + offset).assumingMemoryBound(to: Item.self).deinitialize(count: count)
        }
        byteCount = mark
    }

    private static func aligned<Item>(_ offset: Int, for _: Item.Type) -> Int {
        let mask = MemoryLayout<Item>.alignment - 1
        return (offset + mask) & ~mask
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2, Self.initialCapacity)
        let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        if let storage {
            newStorage.copyMemory(from: storage, byteCount: byteCount)
            storage.deallocate()
        }
        storage = newStorage
        capacity = newCapacity
    }
}

/// Elements that move out of their memory when an array appends them.
///
/// `Array.append(contentsOf:)` reserves `underestimatedCount` and then asks the sequence
/// to initialize the new storage; this sequence moves instead of copying, so no element
/// is retained or released. It must be appended exactly once.
private struct MovingElements<Element>: Sequence {
    let start: UnsafeMutablePointer<Element>
    let count: Int

    var underestimatedCount: Int { count }

    func makeIterator() -> EmptyCollection<Element>.Iterator {
        preconditionFailure("MovingElements is only appended")
    }

    func _copyContents(
        initializing buffer: UnsafeMutableBufferPointer<Element>
    ) -> (EmptyCollection<Element>.Iterator, Int) {
        precondition(buffer.count >= count)
        buffer.baseAddress!.moveInitialize(from: start, count: count)
        return (EmptyCollection<Element>.Iterator(), count)
    }
}
