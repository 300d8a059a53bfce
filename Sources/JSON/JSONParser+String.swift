extension JSONParser {
    /// string = quotation-mark *char quotation-mark (RFC 8259 §7)
    ///
    /// Strings without escapes become a `String` straight from the input
    /// bytes; escaped ones are assembled in `scratch` first.
    mutating func parseString() throws(JSONError) -> String {
        let opening = index
        index += 1
        let start = index
        while index < input.count {
            index = StringScan.skipPlain(input, from: index, stopsAtNonASCII: true)
            guard index < input.count else { break }
            let byte = input[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(from: start, opening: opening)
            }
            if byte < 0x20 { throw controlCharacterError() }
            if byte < 0x80 {
                index += 1
            } else {
                try skipUTF8Sequence()
            }
        }
        throw error("Unterminated string.", at: opening)
    }

    private mutating func parseEscapedString(from start: Int, opening: Int) throws(JSONError)
        -> String
    {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<index]))
        while index < input.count {
            let runStart = index
            while index < input.count {
                index = StringScan.skipPlain(input, from: index, stopsAtNonASCII: true)
                guard index < input.count else { break }
                let byte = input[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                if byte < 0x80 {
                    index += 1
                } else {
                    try skipUTF8Sequence()
                }
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
            guard index < input.count else { break }
            let byte = input[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { throw controlCharacterError() }
            try parseEscape()
        }
        throw error("Unterminated string.", at: opening)
    }

    /// escape = %x5C ( " / \ / / / b / f / n / r / t / uXXXX )
    private mutating func parseEscape() throws(JSONError) {
        let escapeStart = index
        index += 1
        guard index < input.count else { throw error("Unterminated string.", at: escapeStart) }
        let byte = input[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4(escapeStart: escapeStart)
            let scalar: UInt32
            switch unit {
            case 0xD800...0xDBFF:
                guard index + 1 < input.count, input[index] == UInt8(ascii: "\\"),
                    input[index + 1] == UInt8(ascii: "u")
                else {
                    throw error("Unpaired high surrogate in a \\u escape.", at: escapeStart)
                }
                let lowStart = index
                index += 2
                let low = try parseHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("Unpaired high surrogate in a \\u escape.", at: escapeStart)
                }
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            case 0xDC00...0xDFFF:
                throw error("Unpaired low surrogate in a \\u escape.", at: escapeStart)
            default:
                scalar = UInt32(unit)
            }
            appendUTF8(scalar)
        default:
            throw error("Invalid escape sequence in a string.", at: escapeStart)
        }
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < input.count else {
                throw error("Invalid \\u escape: expected four hex digits.", at: escapeStart)
            }
            let byte = input[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("Invalid \\u escape: expected four hex digits.", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Steps over one well-formed UTF-8 sequence (RFC 3629 §4: no overlong
    /// forms, no surrogates, nothing above U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONError) {
        let lead = input[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw error("Invalid UTF-8 in a string.")
        }
        guard index + length <= input.count, secondRange.contains(input[index + 1]) else {
            throw error("Invalid UTF-8 in a string.")
        }
        for k in 2..<length where !(0x80...0xBF).contains(input[index + k]) {
            throw error("Invalid UTF-8 in a string.")
        }
        index += length
    }

    private func controlCharacterError() -> JSONError {
        error("Unescaped control character \(describeByte(at: index)) in a string.")
    }
}
