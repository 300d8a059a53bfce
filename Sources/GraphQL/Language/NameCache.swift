import Synchronization

/// The strings of the names read so far in one document, by their bytes.
///
/// Documents repeat their names (`name`, `kind`, `ofType`...): a repeated name costs a
/// hash and a comparison instead of a new string, and a name longer than 15 bytes
/// allocates once per document instead of at each occurrence. Direct-mapped: a name
/// replaces the one in its slot.
struct NameCache: ~Copyable {
    private struct Entry {
        /// The name's first and last bytes, which with its length identify names of up
        /// to 16 bytes; longer names are compared in full.
        var key: Key
        var start: Int
        var string: String
    }

    private struct Key: Equatable {
        var head: UInt64
        var tail: UInt64
        var count: Int
    }

    private static let slotCount = 128
    /// Slot storage kept between parses (its address; 0 for none), so most parses allocate none (its address; 0 for none).
    private static let spare = Atomic<UInt>(0)

    private var entries: UnsafeMutablePointer<Entry>?
    /// Bit `i % 64` of word `i / 64` is set when slot `i` holds an entry.
    private var occupied: (UInt64, UInt64) = (0, 0)

    init() {}

    deinit {
        guard let entries else { return }
        Self.deinitialize(entries, occupied.0)
        Self.deinitialize(entries + 64, occupied.1)
        let raw = UnsafeMutableRawPointer(entries)
        if !Self.spare.compareExchange(
            expected: 0, desired: UInt(bitPattern: raw), ordering: .releasing
        )
        .exchanged {
            raw.deallocate()
        }
    }

    private static func deinitialize(_ entries: UnsafeMutablePointer<Entry>, _ occupied: UInt64) {
        var slots = occupied
        while slots != 0 {
            (entries + slots.trailingZeroBitCount).deinitialize(count: 1)
            slots &= slots - 1
        }
    }

    /// The string of the bytes `start..<end` of `base`, which all names come from.
    mutating func string(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> String {
        let key = Self.key(base + start, count: end - start)
        let mixed = (key.head &* 0x9E37_79B9_7F4A_7C15) ^ (key.tail &+ UInt64(key.count))
        let slot = Int(truncatingIfNeeded: (mixed &* 0xBF58_476D_1CE4_E5B9) >> 57)

        let entries = self.entries ?? allocateEntries()
        let entry = entries + slot
        let bit: UInt64 = 1 << (slot & 63)
        let isOccupied = (slot < 64 ? occupied.0 : occupied.1) & bit != 0
        if isOccupied && entry.pointee.key == key
            && (key.count <= 16
                || memcmpEqual(base + entry.pointee.start, base + start, key.count))
        {
            return entry.pointee.string
        }
        let string = String(
            decoding: UnsafeBufferPointer(start: base + start, count: key.count), as: UTF8.self)
        if isOccupied {
            entry.pointee = Entry(key: key, start: start, string: string)
        } else {
            entry.initialize(to: Entry(key: key, start: start, string: string))
            if slot < 64 { occupied.0 |= bit } else { occupied.1 |= bit }
        }
        return string
    }

    /// The first and last eight bytes of a name, overlapping when it is shorter than 16;
    /// shorter than 8, the first and last four, two or one.
    @inline(__always)
    private static func key(_ bytes: UnsafePointer<UInt8>, count: Int) -> Key {
        let raw = UnsafeRawPointer(bytes)
        let last = raw + count
        if count >= 8 {
            return Key(
                head: raw.loadUnaligned(as: UInt64.self),
                tail: (last - 8).loadUnaligned(as: UInt64.self), count: count)
        }
        if count >= 4 {
            return Key(
                head: UInt64(raw.loadUnaligned(as: UInt32.self)),
                tail: UInt64((last - 4).loadUnaligned(as: UInt32.self)), count: count)
        }
        if count >= 2 {
            return Key(
                head: UInt64(raw.loadUnaligned(as: UInt16.self)),
                tail: UInt64((last - 2).loadUnaligned(as: UInt16.self)), count: count)
        }
        return Key(head: count == 1 ? UInt64(bytes[0]) : 0, tail: 0, count: count)
    }

    private mutating func allocateEntries() -> UnsafeMutablePointer<Entry> {
        let raw =
            UnsafeMutableRawPointer(bitPattern: Self.spare.exchange(0, ordering: .acquiring))
            ?? UnsafeMutableRawPointer.allocate(
                byteCount: Self.slotCount * MemoryLayout<Entry>.stride,
                alignment: MemoryLayout<Entry>.alignment)
        let entries = raw.bindMemory(to: Entry.self, capacity: Self.slotCount)
        self.entries = entries
        return entries
    }
}

@inline(__always)
private func memcmpEqual(
    _ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int
) -> Bool {
    for index in 0..<count where lhs[index] != rhs[index] { return false }
    return true
}
