/// A statement parameter, sent in text format and typed by the server from context.
public enum PostgresValue: Sendable, Hashable {
    case null
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// Sent as an array literal, for `= ANY($1)` over text-like columns.
    case textArray([String])
    /// Sent as an array literal, for `= ANY($1)` over integer columns.
    case intArray([Int])
    case json(String)

    /// The text-format wire value; `nil` is SQL NULL.
    public var textEncoding: String? {
        switch self {
        case .null: return nil
        case .text(let s), .json(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "t" : "f"
        case .double(let d): return Self.encode(d)
        case .textArray(let items): return Self.arrayLiteral(items)
        case .intArray(let items):
            return "{" + items.map(String.init).joined(separator: ",") + "}"
        }
    }

    private static func encode(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return d.description
    }

    /// A one-dimensional array literal with every element double-quoted, so
    /// commas, braces, spaces and the word NULL stay plain text.
    static func arrayLiteral(_ items: [String]) -> String {
        var out = "{"
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for ch in item.unicodeScalars {
                if ch == "\\" || ch == "\"" { out += "\\" }
                out.unicodeScalars.append(ch)
            }
            out += "\""
        }
        return out + "}"
    }
}

extension PostgresValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
}
