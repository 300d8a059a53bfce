/// Finds the bytes of string content that JSON treats specially, eight at a time.
///
/// Each test is a branch-free check on a 64-bit word (a byte equal to a value,
/// or below one); a word with no such byte is skipped whole, and the byte loop
/// of the caller takes over at the first word that has one.
enum StringScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte from `start` that is `"`, `\`, below 0x20 or,
    /// when `stopsAtNonASCII`, above 0x7F; at most eight bytes before that byte
    /// may also be returned (the caller's byte loop checks them), or `count`.
    @inline(__always)
    static func skipPlain(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stopsAtNonASCII: Bool
    ) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        let end = bytes.count
        while index + 8 <= end {
            let word = UInt64(
                littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            var special = hasByte(word, equalTo: 0x22) | hasByte(word, equalTo: 0x5C)
            special |= (word &- ones &* 0x20) & ~word & highs
            if stopsAtNonASCII { special |= word & highs }
            if special != 0 { return index }
            index += 8
        }
        return index
    }

    @inline(__always)
    private static func hasByte(_ word: UInt64, equalTo value: UInt64) -> UInt64 {
        let matched = word ^ (ones &* value)
        return (matched &- ones) & ~matched & highs
    }
}
