/// Percent-decoding and `application/x-www-form-urlencoded` query parsing.
public enum URLQuery {
    /// Splits a request target into its decoded path and query parameters.
    public static func split(target: String) -> (path: String, query: [String: String]) {
        let bytes = Array(target.utf8)
        guard let mark = bytes.firstIndex(of: UInt8(ascii: "?")) else {
            return (decode(bytes[...], plusIsSpace: false), [:])
        }
        return (decode(bytes[..<mark], plusIsSpace: false), parse(bytes[(mark + 1)...]))
    }

    /// Parses `a=1&b=%7B%7D` into a dictionary; a name without `=` maps to "".
    public static func parse(_ query: String) -> [String: String] {
        parse(Array(query.utf8)[...])
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let equals = pair.firstIndex(of: UInt8(ascii: "=")) {
                let name = decode(pair[..<equals], plusIsSpace: true)
                result[name] = decode(pair[(equals + 1)...], plusIsSpace: true)
            } else {
                result[decode(pair, plusIsSpace: true)] = ""
            }
        }
        return result
    }

    /// Decodes `%HH` escapes; malformed escapes stay as written, invalid UTF-8 is repaired.
    public static func decode(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) -> String {
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") })
        else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
                continue
            }
            out.append(byte == UInt8(ascii: "+") && plusIsSpace ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Encodes everything but unreserved characters (RFC 3986 §2.3), for building URLs.
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".utf8)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(Unicode.Scalar(digits[Int(byte >> 4)]))
                out.unicodeScalars.append(Unicode.Scalar(digits[Int(byte & 15)]))
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
