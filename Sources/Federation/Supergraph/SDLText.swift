import GraphQL

/// Small GraphQL text writers for the SDL and operations this module prints.
enum SDLText {
    /// `[Name!]!` style type text.
    static func type(_ reference: TypeReference) -> String {
        switch reference {
        case .named(let name): name.value
        case .list(let inner, _): "[\(type(inner))]"
        case .nonNull(let inner, _): "\(type(inner))!"
        }
    }

    /// A value literal as graphql-js prints it.
    static func value(_ value: Value) -> String {
        switch value.kind {
        case .variable(let variable): "$\(variable.name.value)"
        case .int(let text), .float(let text): text
        case .string(let text, _): string(text)
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .enumValue(let name): name
        case .list(let items): "[\(items.map { Self.value($0) }.joined(separator: ", "))]"
        case .object(let fields):
            "{\(fields.map { "\($0.name.value): \(Self.value($0.value))" }.joined(separator: ", "))}"
        }
    }

    /// A quoted string with graphql-js escapes.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A description above a definition, indented; block form when multi-line.
    static func description(_ text: String?, indent: String) -> String {
        guard let text else { return "" }
        if text.contains("\n") || text.contains("\"") || text.contains("\\") {
            let body = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { line -> String in
                    line.isEmpty
                        ? ""
                        : indent + String(line).replacingOccurrences(of: "\"\"\"", with: "\\\"\"\"")
                }
                .joined(separator: "\n")
            return "\(indent)\"\"\"\n\(body)\n\(indent)\"\"\"\n"
        }
        return "\(indent)\(string(text))\n"
    }

    /// `(a: Int = 1, b: String)` or empty.
    static func arguments(_ arguments: [InputValueDefinition]) -> String {
        guard !arguments.isEmpty else { return "" }
        return "(" + arguments.map(inputValue).joined(separator: ", ") + ")"
    }

    static func inputValue(_ input: InputValueDefinition) -> String {
        var text = "\(input.name.value): \(type(input.type))"
        if let value = input.defaultValue { text += " = \(Self.value(value))" }
        for directive in input.directives { text += " " + Self.directive(directive) }
        return text
    }

    static func directive(_ directive: Directive) -> String {
        guard !directive.arguments.isEmpty else { return "@\(directive.name.value)" }
        let arguments = directive.arguments.map { "\($0.name.value): \(value($0.value))" }
        return "@\(directive.name.value)(\(arguments.joined(separator: ", ")))"
    }
}

extension String {
    /// Literal replacement without Foundation.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
