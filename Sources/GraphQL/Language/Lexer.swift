/// Splits GraphQL source text into tokens (spec 2.1), reading UTF-8 bytes.
///
/// Ignored tokens (white space, line terminators, commas, comments, the byte
/// order mark) are skipped. Errors carry graphql-js 16's wording.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// The decoded value of the last `.string` or `.blockString` token.
    private(set) var stringValue = ""
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Moves to `offset`, which must be the start of a token or ignored text.
    mutating func seek(to offset: Int) {
        position = offset
    }

    /// The byte at `index`, or -1 past the end.
    @inline(__always)
    func byte(at index: Int) -> Int {
        index < bytes.count ? Int(bytes[index]) : -1
    }

    /// The text of a token, for names, numbers and keyword checks.
    func text(of token: Token) -> String {
        String(
            decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }

    /// Whether a name token spells `keyword` (ASCII).
    func isKeyword(_ token: Token, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else {
            return false
        }
        let expected = keyword.utf8Start
        for offset in 0..<keyword.utf8CodeUnitCount
        where bytes[token.start + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// The next significant token (spec 2.1.6 Token).
    mutating func next() throws(SyntaxError) -> Token {
        guard let base = bytes.baseAddress else {
            return Token(kind: .endOfFile, start: 0, end: 0)
        }
        let count = bytes.count
        let table = ByteClass.table
        var index = position
        while true {
            // White space, line terminators and commas: a loop of its own, so the
            // dispatch below runs once per token.
            var entry: UInt8 = 0
            while index < count {
                entry = table[Int(base[index])]
                guard entry & ByteClass.kindMask == ByteClass.ignored else { break }
                index = Self.skipSpaces(base, from: index + 1, count: count)
            }
            guard index < count else { break }

            switch entry & ByteClass.kindMask {
            case ByteClass.nameStart:
                var end = index + 1
                while end < count, table[Int(base[end])] & ByteClass.nameContinue != 0 {
                    end += 1
                }
                position = end
                return Token(kind: .name, start: index, end: end)
            case ByteClass.punctuator:
                position = index + 1
                return Token(
                    kind: TokenKind(rawValue: entry >> ByteClass.punctuatorShift)!, start: index,
                    end: index + 1)
            case ByteClass.comment:
                index += 1
                while index < count, base[index] != 0x0A, base[index] != 0x0D { index += 1 }
            case ByteClass.byteOrderMark
            where byte(at: index + 1) == 0xBB && byte(at: index + 2) == 0xBF:
                index += 3
            default:
                return try nextSpecial(at: index)
            }
        }
        position = index
        return Token(kind: .endOfFile, start: index, end: index)
    }

    /// Skips a run of spaces eight bytes at a time, the indentation of most documents.
    @inline(__always)
    private static func skipSpaces(
        _ base: UnsafePointer<UInt8>, from start: Int, count: Int
    ) -> Int {
        var index = start
        while index + 8 <= count {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let difference = word ^ 0x2020_2020_2020_2020
            if difference != 0 { return index + difference.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// Tokens that are not names or one-byte punctuators: `...`, numbers, strings, and
    /// errors for bytes that start no token.
    private mutating func nextSpecial(at start: Int) throws(SyntaxError) -> Token {
        let code = byte(at: start)
        switch code {
        case 0x2E where byte(at: start + 1) == 0x2E && byte(at: start + 2) == 0x2E:
            position = start + 3
            return Token(kind: .spread, start: start, end: position)
        case 0x22:
            if byte(at: start + 1) == 0x22 && byte(at: start + 2) == 0x22 {
                return try readBlockString(from: start)
            }
            return try readString(from: start)
        case 0x30...0x39, 0x2D:
            return try readNumber(from: start)
        case 0x27:
            throw SyntaxError(
                message:
                    "Unexpected single quote character ('), did you mean to use a double quote (\")?",
                offset: start)
        default:
            throw SyntaxError(
                message: "Unexpected character: \(describeCharacter(at: start)).", offset: start)
        }
    }

    // MARK: - Numbers

    /// IntValue and FloatValue (spec 2.9.1, 2.9.2), which may not be followed by
    /// a digit, `.` or a name start.
    private mutating func readNumber(from start: Int) throws(SyntaxError) -> Token {
        var index = start
        var isFloat = false
        if byte(at: index) == 0x2D { index += 1 }

        if byte(at: index) == 0x30 {
            index += 1
            if isDigit(byte(at: index)) {
                throw SyntaxError(
                    message:
                        "Invalid number, unexpected digit after 0: \(describeCharacter(at: index)).",
                    offset: index)
            }
        } else {
            index = try readDigits(from: index)
        }

        if byte(at: index) == 0x2E {
            isFloat = true
            index = try readDigits(from: index + 1)
        }

        if byte(at: index) | 0x20 == 0x65 {
            isFloat = true
            index += 1
            if byte(at: index) == 0x2B || byte(at: index) == 0x2D { index += 1 }
            index = try readDigits(from: index)
        }

        let next = byte(at: index)
        if next == 0x2E || isNameStart(next) {
            throw SyntaxError(
                message: "Invalid number, expected digit but got: \(describeCharacter(at: index)).",
                offset: index)
        }
        position = index
        return Token(kind: isFloat ? .float : .int, start: start, end: index)
    }

    private func readDigits(from start: Int) throws(SyntaxError) -> Int {
        guard isDigit(byte(at: start)) else {
            throw SyntaxError(
                message: "Invalid number, expected digit but got: \(describeCharacter(at: start)).",
                offset: start)
        }
        var index = start + 1
        while isDigit(byte(at: index)) { index += 1 }
        return index
    }

    // MARK: - Strings

    /// `"..."` (spec 2.9.4 StringValue), decoding escapes into `stringValue`.
    private mutating func readString(from start: Int) throws(SyntaxError) -> Token {
        var index = start + 1
        var chunkStart = index
        var hasEscapes = false
        scratch.removeAll(keepingCapacity: true)
        while index < bytes.count {
            switch bytes[index] {
            case 0x22:
                if hasEscapes {
                    scratch.append(contentsOf: bytes[chunkStart..<index])
                    stringValue = String(decoding: scratch, as: UTF8.self)
                } else {
                    stringValue = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]),
                        as: UTF8.self)
                }
                position = index + 1
                return Token(kind: .string, start: start, end: position)
            case 0x5C:
                hasEscapes = true
                scratch.append(contentsOf: bytes[chunkStart..<index])
                index += try readEscape(at: index)
                chunkStart = index
            case 0x0A, 0x0D:
                throw SyntaxError(message: "Unterminated string.", offset: index)
            default:
                index += 1
            }
        }
        throw SyntaxError(message: "Unterminated string.", offset: index)
    }

    /// Decodes the escape sequence at `index` into `scratch`; returns its length in bytes.
    private mutating func readEscape(at index: Int) throws(SyntaxError) -> Int {
        let escaped = byte(at: index + 1)
        if escaped == 0x75 {
            return byte(at: index + 2) == 0x7B
                ? try readBracedUnicodeEscape(at: index) : try readFixedUnicodeEscape(at: index)
        }
        let decoded: UInt8
        switch escaped {
        case 0x22, 0x5C, 0x2F: decoded = UInt8(escaped)
        case 0x62: decoded = 0x08
        case 0x66: decoded = 0x0C
        case 0x6E: decoded = 0x0A
        case 0x72: decoded = 0x0D
        case 0x74: decoded = 0x09
        default:
            throw SyntaxError(
                message:
                    "Invalid character escape sequence: \"\(sourceText(from: index, utf16Count: 2))\".",
                offset: index)
        }
        scratch.append(decoded)
        return 2
    }

    /// `\u{X...}`: one to eight hex digits naming a Unicode scalar value.
    private mutating func readBracedUnicodeEscape(at index: Int) throws(SyntaxError) -> Int {
        var point: Int32 = 0
        var size = 3
        while size < 12 {
            let code = byte(at: index + size)
            size += 1
            if code == 0x7D {
                guard size >= 5, let scalar = Unicode.Scalar(UInt32(point)) else { break }
                appendScalar(scalar)
                return size
            }
            point = (point &<< 4) | Int32(hexValue(code))
            if point < 0 { break }
        }
        throw SyntaxError(
            message:
                "Invalid Unicode escape sequence: \"\(sourceText(from: index, utf16Count: size))\".",
            offset: index)
    }

    /// `\uXXXX`, where a leading surrogate must be followed by a trailing one.
    private mutating func readFixedUnicodeEscape(at index: Int) throws(SyntaxError) -> Int {
        let code = fourHexDigits(at: index + 2)
        if code >= 0, let scalar = Unicode.Scalar(UInt32(code)) {
            appendScalar(scalar)
            return 6
        }
        if (0xD800...0xDBFF).contains(code), byte(at: index + 6) == 0x5C,
            byte(at: index + 7) == 0x75
        {
            let trailing = fourHexDigits(at: index + 8)
            if (0xDC00...0xDFFF).contains(trailing),
                let scalar = Unicode.Scalar(
                    UInt32(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)))
            {
                appendScalar(scalar)
                return 12
            }
        }
        throw SyntaxError(
            message:
                "Invalid Unicode escape sequence: \"\(sourceText(from: index, utf16Count: 6))\".",
            offset: index)
    }

    private func fourHexDigits(at index: Int) -> Int {
        (hexValue(byte(at: index)) << 12) | (hexValue(byte(at: index + 1)) << 8)
            | (hexValue(byte(at: index + 2)) << 4) | hexValue(byte(at: index + 3))
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        scratch.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// `"""..."""` (spec 2.9.4 BlockString): raw lines, `\"""` unescaped, then
    /// the common indentation and blank first and last lines removed.
    private mutating func readBlockString(from start: Int) throws(SyntaxError) -> Token {
        var index = start + 3
        var chunkStart = index
        var lines: [[UInt8]] = []
        scratch.removeAll(keepingCapacity: true)
        while index < bytes.count {
            let code = bytes[index]
            if code == 0x22 && byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22 {
                scratch.append(contentsOf: bytes[chunkStart..<index])
                lines.append(scratch)
                stringValue = String(decoding: BlockString.dedent(lines), as: UTF8.self)
                position = index + 3
                return Token(kind: .blockString, start: start, end: position)
            }
            if code == 0x5C && byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22
                && byte(at: index + 3) == 0x22
            {
                scratch.append(contentsOf: bytes[chunkStart..<index])
                chunkStart = index + 1
                index += 4
                continue
            }
            if code == 0x0A || code == 0x0D {
                scratch.append(contentsOf: bytes[chunkStart..<index])
                lines.append(scratch)
                scratch.removeAll(keepingCapacity: true)
                index += code == 0x0D && byte(at: index + 1) == 0x0A ? 2 : 1
                chunkStart = index
                continue
            }
            index += 1
        }
        throw SyntaxError(message: "Unterminated string.", offset: index)
    }

    // MARK: - Characters

    /// A character as graphql-js quotes it in messages: `"a"`, `'"'`, `U+00E9` or `<EOF>`.
    func describeCharacter(at index: Int) -> String {
        guard index < bytes.count else { return "<EOF>" }
        let scalar = scalar(at: index)
        switch scalar.value {
        case 0x22: return "'\"'"
        case 0x20...0x7E: return "\"\(Character(scalar))\""
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    private func scalar(at index: Int) -> Unicode.Scalar {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// Source text from `index` spanning at most `utf16Count` UTF-16 code units, as
    /// graphql-js slices it for escape sequence messages.
    private func sourceText(from index: Int, utf16Count: Int) -> String {
        var result = String.UnicodeScalarView()
        var units = 0
        var offset = index
        while offset < bytes.count {
            let scalar = scalar(at: offset)
            let width = UTF16.width(scalar)
            if units + width > utf16Count { break }
            result.append(scalar)
            units += width
            offset += UTF8.width(scalar)
        }
        return String(result)
    }
}

/// What each byte can start, for the lexer's dispatch: one table load per byte.
enum ByteClass {
    static let kindMask: UInt8 = 0x07
    /// Set for `_`, letters and digits.
    static let nameContinue: UInt8 = 0x08
    /// Punctuators keep their `TokenKind` in the high bits.
    static let punctuatorShift: UInt8 = 4

    static let other: UInt8 = 0
    static let ignored: UInt8 = 1
    static let nameStart: UInt8 = 2
    static let punctuator: UInt8 = 3
    static let comment: UInt8 = 4
    static let byteOrderMark: UInt8 = 5

    /// Indexed by byte; written once, then only read, never freed.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: other, count: 256)
        for code in [0x09, 0x0A, 0x0D, 0x20, 0x2C] { table[code] = ignored }
        for code in 0..<256 where isNameStart(code) { table[code] = nameStart | nameContinue }
        for code in 0x30...0x39 { table[code] = nameContinue }
        let punctuators: [(UInt8, TokenKind)] = [
            (0x21, .bang), (0x24, .dollar), (0x26, .ampersand), (0x28, .parenLeft),
            (0x29, .parenRight), (0x3A, .colon), (0x3D, .equals), (0x40, .at),
            (0x5B, .bracketLeft), (0x5D, .bracketRight), (0x7B, .braceLeft), (0x7C, .pipe),
            (0x7D, .braceRight),
        ]
        for (code, kind) in punctuators {
            table[Int(code)] = punctuator | kind.rawValue << punctuatorShift
        }
        table[0x23] = comment
        table[0xEF] = byteOrderMark
        return UnsafePointer(table)
    }()
}

@inline(__always)
func isDigit(_ code: Int) -> Bool { code >= 0x30 && code <= 0x39 }

@inline(__always)
func isNameStart(_ code: Int) -> Bool {
    let lower = code | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || code == 0x5F
}

@inline(__always)
func isNameContinue(_ code: Int) -> Bool { isNameStart(code) || isDigit(code) }

/// The value of a hex digit, or -1.
@inline(__always)
func hexValue(_ code: Int) -> Int {
    switch code {
    case 0x30...0x39: code - 0x30
    case 0x41...0x46: code - 0x37
    case 0x61...0x66: code - 0x57
    default: -1
    }
}
