import JSON

/// Value literals and strings printed as graphql-js's `print` writes them.
enum ValuePrinter {
    static func print(_ value: Value) -> String {
        switch value.kind {
        case .variable(let variable): "$" + variable.name.value
        case .int(let text), .float(let text): text
        case .string(let string, let isBlock):
            isBlock ? BlockString.print(string) : quoted(string)
        case .boolean(let bool): bool ? "true" : "false"
        case .null: "null"
        case .enumValue(let name): name
        case .list(let values): "[" + values.map(print).joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.map { "\($0.name.value): \(print($0.value))" }.joined(separator: ", ")
                + "}"
        }
    }

    /// A double-quoted string with graphql-js's escapes (spec 2.9.4).
    static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
