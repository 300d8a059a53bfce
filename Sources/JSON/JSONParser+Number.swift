extension JSONParser {
    /// number = [ minus ] int [ frac ] [ exp ] (RFC 8259 §6)
    mutating func parseNumber() throws(JSONError) -> JSON {
        let start = index
        let isNegative = input[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }

        guard index < input.count, isDigit(input[index]) else {
            throw error("Invalid number: expected a digit.")
        }
        if input[index] == UInt8(ascii: "0") {
            index += 1
            if index < input.count, isDigit(input[index]) {
                throw error("Invalid number: leading zeros are not allowed.", at: start)
            }
        } else {
            while index < input.count, isDigit(input[index]) { index += 1 }
        }

        var isInteger = true
        if peek(UInt8(ascii: ".")) {
            index += 1
            try skipDigits(after: "'.'")
            isInteger = false
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            try skipDigits(after: "the exponent")
            isInteger = false
        }

        let text = UnsafeBufferPointer(rebasing: input[start..<index])
        if isInteger, let value = Self.exactInt(text, isNegative: isNegative) { return .int(value) }
        if !isInteger, let value = Self.exactDouble(text) { return .double(value) }
        return .number(String(decoding: text, as: UTF8.self))
    }

    private mutating func skipDigits(after what: String) throws(JSONError) {
        guard index < input.count, isDigit(input[index]) else {
            throw error("Invalid number: expected a digit after \(what).")
        }
        while index < input.count, isDigit(input[index]) { index += 1 }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// The integer, when it fits in `Int`. Accumulates negatively so that
    /// `Int.min` fits.
    private static func exactInt(_ text: UnsafeBufferPointer<UInt8>, isNegative: Bool) -> Int? {
        var value = 0
        let digits = isNegative ? text.dropFirst() : text[...]
        if digits.count <= 18 {
            for byte in digits { value = value &* 10 &- Int(byte &- UInt8(ascii: "0")) }
        } else {
            for byte in digits {
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times10.subtractingReportingOverflow(
                    Int(byte &- UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                value = next
            }
        }
        if isNegative { return value }
        return value == .min ? nil : -value
    }

    /// The `Double` of a number with a fraction or exponent, when the
    /// `Double` is the same decimal value as the text (its shortest printed
    /// form reads as that value); nil when precision or range would be lost.
    static func exactDouble(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        if let value = clingerDouble(text) { return value }

        let decimal = DecimalDigits(text)
        if decimal.digits.isEmpty { return decimal.isNegative ? -0.0 : 0.0 }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else {
            return nil
        }
        var shortest = value.description
        let printed = shortest.withUTF8 { DecimalDigits($0) }
        return printed == decimal ? value : nil
    }

    /// The common case without allocating: up to 15 significant digits and a
    /// power of ten within 1e±22. Then Double(mantissa) and the power are
    /// exact, one rounding gives the nearest Double, and 15 digits always
    /// survive a round trip through Double. Nil means "not decided here".
    private static func clingerDouble(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let isNegative = text[0] == UInt8(ascii: "-")
        if isNegative { index = 1 }
        var mantissa: UInt64 = 0
        var digitCount = 0
        var exponent = 0
        var seenPoint = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte &- UInt8(ascii: "0") < 10 {
                let digit = UInt64(byte &- UInt8(ascii: "0"))
                if mantissa != 0 || digit != 0 {
                    guard digitCount < 19 else { return nil }
                    mantissa = mantissa * 10 + digit
                    digitCount += 1
                }
                if seenPoint { exponent -= 1 }
            } else {
                break
            }
            index += 1
        }
        if index < text.count {
            index += 1  // e or E
            var exponentIsNegative = false
            if text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
                exponentIsNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            while index < text.count {
                written = written * 10 + Int(text[index] &- UInt8(ascii: "0"))
                guard written < 100_000 else { return nil }
                index += 1
            }
            exponent += exponentIsNegative ? -written : written
        }

        if mantissa == 0 { return isNegative ? -0.0 : 0.0 }
        while mantissa % 10 == 0 {
            mantissa /= 10
            digitCount -= 1
            exponent += 1
        }
        guard digitCount <= 15, (-22...22).contains(exponent) else { return nil }
        let magnitude =
            exponent >= 0
            ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
        return isNegative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}

/// A decimal number as significant digits times a power of ten, with no
/// leading or trailing zero digits, so equal values compare equal.
struct DecimalDigits: Equatable {
    var isNegative = false
    /// Digit values 0...9, most significant first; empty for zero.
    var digits: [UInt8] = []
    /// The value is `digits` read as an integer, times ten to this power.
    var exponent = 0

    /// Reads number text in JSON grammar (also accepts Swift's `Double`
    /// descriptions such as `1e-05`).
    init(_ text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        if index < text.count, text[index] == UInt8(ascii: "-") {
            isNegative = true
            index += 1
        }
        var seenPoint = false
        var pendingZeros = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte &- UInt8(ascii: "0") < 10 {
                let digit = byte &- UInt8(ascii: "0")
                if seenPoint { exponent -= 1 }
                if digit == 0 {
                    if !digits.isEmpty { pendingZeros += 1 }
                } else {
                    digits.append(contentsOf: repeatElement(0, count: pendingZeros))
                    pendingZeros = 0
                    digits.append(digit)
                }
            } else {
                break
            }
            index += 1
        }
        exponent += pendingZeros

        guard index < text.count else { return }
        index += 1  // e or E
        var exponentIsNegative = false
        if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-")
        {
            exponentIsNegative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var written = 0
        while index < text.count {
            written = min(written * 10 + Int(text[index] &- UInt8(ascii: "0")), 1 << 40)
            index += 1
        }
        exponent += exponentIsNegative ? -written : written
        if digits.isEmpty { exponent = 0 }
    }
}
