import JSON

/// A growable byte buffer for the direct JSON writer: appends check capacity only (no
/// copy-on-write uniqueness test as an array append makes). Memory is allocated on the
/// first write; the owner calls `deallocate()`.
struct ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var capacity = 0

    init() {}

    init(capacity: Int) {
        reserve(Swift.max(capacity, 64))
    }

    func deallocate() { base?.deallocate() }

    /// The bytes written, copied into an array.
    var bytes: [UInt8] {
        guard let base else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if capacity - count < extra { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let newCapacity = Swift.max(capacity * 2, count + extra, 64)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        if let base {
            newBase.initialize(from: base, count: count)
            base.deallocate()
        }
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base.unsafelyUnwrapped[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base.unsafelyUnwrapped + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    mutating func writeRaw(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Cuts the buffer back to `count` bytes.
    @inline(__always)
    mutating func truncate(to count: Int) {
        self.count = count
    }

    /// Any JSON value, as `JSONWriter` writes it.
    mutating func write(_ json: JSON) {
        var writer = JSONWriter(capacity: 32)
        writer.write(json)
        append(writer.bytes)
    }

    mutating func writeInt(_ value: Int) {
        reserve(20)
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = count
        repeat {
            base.unsafelyUnwrapped[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude != 0
        var low = start
        var high = count - 1
        while low < high {
            swap(&base.unsafelyUnwrapped[low], &base.unsafelyUnwrapped[high])
            low += 1
            high -= 1
        }
    }

    /// `string` quoted and escaped as `JSONWriter.writeString` does; text needing no escape
    /// is copied as it is.
    @inline(__always)
    mutating func writeString(_ string: String) {
        let written = string.utf8.withContiguousStorageIfAvailable { text -> Bool in
            guard Self.needsNoEscape(text) else { return false }
            reserve(text.count + 2)
            let target = base.unsafelyUnwrapped
            target[count] = UInt8(ascii: "\"")
            if let source = text.baseAddress {
                (target + count + 1).initialize(from: source, count: text.count)
            }
            target[count + 1 + text.count] = UInt8(ascii: "\"")
            count += text.count + 2
            return true
        }
        if written != true {
            var writer = JSONWriter(capacity: string.utf8.count + 8)
            writer.writeString(string)
            append(writer.bytes)
        }
    }

    /// Whether `text` has no control character, quote or backslash, eight bytes at a time.
    @inline(__always)
    static func needsNoEscape(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = text.baseAddress else { return true }
        let raw = UnsafeRawPointer(start)
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= text.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A byte below 0x20, or a zero byte after the XORs (a quote or a backslash).
            let special =
                ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote)
                | ((backslash &- ones) & ~backslash)
            if special & highs != 0 { return false }
            index += 8
        }
        while index < text.count {
            let byte = start[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            index += 1
        }
        return true
    }
}
