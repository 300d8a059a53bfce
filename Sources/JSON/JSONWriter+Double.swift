extension JSONWriter {
    /// Writes a `Double` as JavaScript's `Number.prototype.toString` does
    /// (ECMA-262 Number::toString): the shortest digits that read back to the
    /// same value, integral values without ".0", exponent form outside
    /// 1e-7 ..< 1e21 (`1e+21`, `1.5e-7`). NaN and infinities, which JSON
    /// cannot express, are written as `null` like `JSON.stringify` does.
    public mutating func writeDouble(_ value: Double) {
        guard value.isFinite else {
            writeRaw("null")
            return
        }
        if value.rounded(.towardZero) == value, value.magnitude < 0x1p53 {
            writeInt(Int(value))
            return
        }

        // Between 1e-4 and 2^53 (above 2^52 all values are integral) Swift's
        // description of a non-integral value is already the plain
        // decimal form JavaScript prints.
        var text = value.description
        if value.magnitude >= 1e-4 && value.magnitude < 0x1p53 {
            text.withUTF8 { bytes.append(contentsOf: $0) }
            return
        }
        let decimal = text.withUTF8 { DecimalDigits($0) }
        let digits = decimal.digits
        let k = digits.count
        let n = decimal.exponent + k  // value = 0.d1...dk × 10^n

        if decimal.isNegative { bytes.append(UInt8(ascii: "-")) }
        if k <= n && n <= 21 {
            appendDigits(digits[...])
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: n - k))
        } else if 0 < n && n <= 21 {
            appendDigits(digits[..<n])
            bytes.append(UInt8(ascii: "."))
            appendDigits(digits[n...])
        } else if -6 < n && n <= 0 {
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -n))
            appendDigits(digits[...])
        } else {
            appendDigits(digits[..<1])
            if k > 1 {
                bytes.append(UInt8(ascii: "."))
                appendDigits(digits[1...])
            }
            bytes.append(UInt8(ascii: "e"))
            bytes.append(n - 1 >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"))
            writeInt(abs(n - 1))
        }
    }

    private mutating func appendDigits(_ digits: ArraySlice<UInt8>) {
        for digit in digits { bytes.append(UInt8(ascii: "0") + digit) }
    }
}
