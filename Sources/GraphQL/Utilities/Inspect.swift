import JSON

/// Text of values inside error messages, spelled as graphql-js's `inspect` spells them
/// so messages match the reference word for word.
enum Inspect {
    static func value(_ value: JSON) -> String {
        format(value, depth: 0)
    }

    /// A number as JavaScript's `String(number)` writes it.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        var writer = JSONWriter(capacity: 32)
        writer.writeDouble(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A string as `JSON.stringify` quotes it.
    static func quoted(_ string: String) -> String {
        var writer = JSONWriter(capacity: string.utf8.count + 2)
        writer.writeString(string)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private static func format(_ value: JSON, depth: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double): return number(double)
        case .number(let text): return Double(text).map(number) ?? text
        case .string(let string): return quoted(string)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if depth + 1 > 2 { return "[Array]" }
            var parts = items.prefix(10).map { format($0, depth: depth + 1) }
            let remaining = items.count - parts.count
            if remaining == 1 { parts.append("... 1 more item") }
            if remaining > 1 { parts.append("... \(remaining) more items") }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let object):
            if object.isEmpty { return "{}" }
            if depth + 1 > 2 { return "[Object]" }
            let parts = object.members.map { "\($0.key): \(format($0.value, depth: depth + 1))" }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }
}
