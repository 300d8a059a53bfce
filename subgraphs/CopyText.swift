/// Builds rows in PostgreSQL's COPY text format straight into bytes, which is
/// what keeps seeding a million rows within seconds.
struct CopyText {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func int(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            digits(UInt64(-value))
        } else {
            digits(UInt64(value))
        }
        bytes.append(0x09)
    }

    /// A decimal with a fixed number of fraction digits, from a scaled integer
    /// (`fixed(-1234567, places: 6)` is -1.234567).
    mutating func fixed(_ scaled: Int, places: Int) {
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        var unit = 1
        for _ in 0..<places { unit *= 10 }
        let magnitude = scaled.magnitude
        digits(UInt64(magnitude / UInt(unit)))
        bytes.append(UInt8(ascii: "."))
        padded(Int(magnitude % UInt(unit)), width: places)
        bytes.append(0x09)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        bytes.append(0x09)
    }

    mutating func null() {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "N"))
        bytes.append(0x09)
    }

    /// Text with COPY's escapes for backslash, tab, newline and carriage return.
    mutating func text(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x09)
    }

    /// A UTC timestamp from Unix seconds, as `YYYY-MM-DD HH:MM:SS+00`.
    mutating func timestamp(_ unixSeconds: Int) {
        let days = unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400
        let secondOfDay = unixSeconds - days * 86_400
        let (year, month, day) = CopyText.civilDate(daysSinceEpoch: days)
        padded(year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        padded(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        padded(day, width: 2)
        bytes.append(UInt8(ascii: " "))
        padded(secondOfDay / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        padded(secondOfDay / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        padded(secondOfDay % 60, width: 2)
        bytes += [UInt8(ascii: "+"), UInt8(ascii: "0"), UInt8(ascii: "0"), 0x09]
    }

    /// Ends the row: replaces the last column's tab with a newline.
    mutating func endRow() {
        if bytes.last == 0x09 { bytes[bytes.count - 1] = 0x0A } else { bytes.append(0x0A) }
    }

    private mutating func digits(_ value: UInt64) {
        if value >= 10 { digits(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    private mutating func padded(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<max(width, 1) { divisor *= 10 }
        while divisor > 1 && value < divisor {
            bytes.append(UInt8(ascii: "0"))
            divisor /= 10
        }
        digits(UInt64(value))
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
