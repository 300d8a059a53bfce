/// Bounds that keep a hostile document from costing more than it should.
public struct JSONReaderLimits: Sendable {
    /// Deepest nesting of arrays and objects accepted.
    public var maxDepth = 512
    /// Largest document accepted, in bytes.
    public var maxBytes = 64 << 20

    public init(maxDepth: Int = 512, maxBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }
}

/// A strict RFC 8259 reader over UTF-8 bytes.
///
/// - Any value may be the whole document; only space, tab, LF and CR count as
///   whitespace; a byte order mark is rejected.
/// - Strings must be valid UTF-8 without raw control characters; `\u` escapes
///   of surrogates must form a pair, which decodes to one scalar.
/// - Numbers: see ``JSON``. A plain integer is `.int` when it fits in `Int`;
///   a number with a fraction or exponent (`1.0`, `1e2`) is `.double` when
///   the `Double` is the same decimal value as the text; all else is
///   `.number(text)`. `-0` reads as `.int(0)`.
/// - Duplicate object keys keep the last value, at the position where the key
///   first appeared (as `JSON.parse` in JavaScript and Python's `json` do).
/// - Nesting is handled with an explicit stack, so depth costs heap, never the
///   call stack.
public enum JSONReader {
    public static func parse(
        _ bytes: some Collection<UInt8>, limits: JSONReaderLimits = .init()
    ) throws(JSONError) -> JSON {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONError) in
                try parse(buffer, limits: limits)
            }
        }
        if let result { return try result.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONError) in try parse(buffer, limits: limits) }
        }.get()
    }

    public static func parse(
        _ text: String, limits: JSONReaderLimits = .init()
    ) throws(JSONError) -> JSON {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONError) in
                try parse(buffer, limits: limits)
            }
        }.get()
    }

    public static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, limits: JSONReaderLimits = .init()
    ) throws(JSONError) -> JSON {
        guard buffer.count <= limits.maxBytes else {
            throw JSONError(
                message: "Document is larger than the limit of \(limits.maxBytes) bytes.",
                offset: limits.maxBytes)
        }
        var parser = JSONParser(buffer, maxDepth: limits.maxDepth)
        return try parser.parseDocument()
    }
}
