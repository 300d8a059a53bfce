import JSON

/// Why a value could not be coerced; the message is graphql-js's, word for word.
struct CoercionFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

private let int32Range = -2_147_483_648...2_147_483_647

/// A JSON number as JavaScript sees it, or nil for anything else.
private func number(_ value: JSON) -> Double? {
    switch value {
    case .int(let int): Double(int)
    case .double(let double): double
    case .number(let text): Double(text)
    default: nil
    }
}

private func isInteger(_ value: Double) -> Bool { value.isFinite && value.rounded() == value }

/// JavaScript's `Number(string)` for the decimal forms that matter here.
private func numberFromString(_ string: String) -> Double? {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    let trimmed = string.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
    if trimmed.isEmpty { return 0 }
    return Double(String(trimmed))
}

extension ScalarType {
    /// Result coercion (spec 3.5 "Result Coercion"), from a resolver's value as JSON.
    func serialize(_ value: JSON) throws(CoercionFailure) -> JSON {
        guard let builtIn else { return value }
        switch builtIn {
        case .int:
            if case .int(let int) = value {
                guard int32Range.contains(int) else {
                    throw CoercionFailure(
                        "Int cannot represent non 32-bit signed integer value: \(int)")
                }
                return value
            }
            if case .bool(let bool) = value { return .int(bool ? 1 : 0) }
            var candidate = number(value)
            if case .string(let string) = value, !string.isEmpty {
                candidate = numberFromString(string)
            }
            guard let candidate, isInteger(candidate) else {
                throw CoercionFailure(
                    "Int cannot represent non-integer value: \(Inspect.value(value))")
            }
            guard candidate >= -2_147_483_648, candidate <= 2_147_483_647 else {
                throw CoercionFailure(
                    "Int cannot represent non 32-bit signed integer value: \(Inspect.value(value))")
            }
            return .int(Int(candidate))
        case .float:
            switch value {
            case .int, .double: return value
            case .bool(let bool): return .int(bool ? 1 : 0)
            default: break
            }
            var candidate = number(value)
            if case .string(let string) = value, !string.isEmpty {
                candidate = numberFromString(string)
            }
            guard let candidate, candidate.isFinite else {
                throw CoercionFailure(
                    "Float cannot represent non numeric value: \(Inspect.value(value))")
            }
            return .double(candidate)
        case .string:
            switch value {
            case .string: return value
            case .bool(let bool): return .string(bool ? "true" : "false")
            case .int(let int): return .string(String(int))
            default:
                if let candidate = number(value), candidate.isFinite {
                    return .string(Inspect.number(candidate))
                }
                throw CoercionFailure("String cannot represent value: \(Inspect.value(value))")
            }
        case .boolean:
            if case .bool = value { return value }
            if let candidate = number(value), candidate.isFinite { return .bool(candidate != 0) }
            throw CoercionFailure(
                "Boolean cannot represent a non boolean value: \(Inspect.value(value))")
        case .id:
            if case .string = value { return value }
            if case .int(let int) = value { return .string(String(int)) }
            if let candidate = number(value), isInteger(candidate) {
                return .string(Inspect.number(candidate))
            }
            throw CoercionFailure("ID cannot represent value: \(Inspect.value(value))")
        }
    }

    /// Input coercion of a variable's JSON value (spec 3.5 "Input Coercion").
    func parseValue(_ value: JSON) throws(CoercionFailure) -> JSON {
        guard let builtIn else { return value }
        switch builtIn {
        case .int:
            guard let candidate = number(value), isInteger(candidate) else {
                throw CoercionFailure(
                    "Int cannot represent non-integer value: \(Inspect.value(value))")
            }
            guard candidate >= -2_147_483_648, candidate <= 2_147_483_647 else {
                throw CoercionFailure(
                    "Int cannot represent non 32-bit signed integer value: \(Inspect.number(candidate))"
                )
            }
            return .int(Int(candidate))
        case .float:
            guard let candidate = number(value), candidate.isFinite else {
                throw CoercionFailure(
                    "Float cannot represent non numeric value: \(Inspect.value(value))")
            }
            if case .int = value { return value }
            return .double(candidate)
        case .string:
            guard case .string = value else {
                throw CoercionFailure(
                    "String cannot represent a non string value: \(Inspect.value(value))")
            }
            return value
        case .boolean:
            guard case .bool = value else {
                throw CoercionFailure(
                    "Boolean cannot represent a non boolean value: \(Inspect.value(value))")
            }
            return value
        case .id:
            if case .string = value { return value }
            if let candidate = number(value), isInteger(candidate) {
                return .string(Inspect.number(candidate))
            }
            throw CoercionFailure("ID cannot represent value: \(Inspect.value(value))")
        }
    }

    /// Input coercion of a literal; variables inside custom scalar literals are substituted.
    func parseLiteral(_ literal: Value, variables: JSONObject?) throws(CoercionFailure) -> JSON {
        guard let builtIn else { return literal.json(variables: variables) }
        let printed = { ValuePrinter.print(literal) }
        switch (builtIn, literal.kind) {
        case (.int, .int(let text)):
            guard let int = Int(text), int32Range.contains(int) else {
                throw CoercionFailure(
                    "Int cannot represent non 32-bit signed integer value: \(text)")
            }
            return .int(int)
        case (.int, _):
            throw CoercionFailure("Int cannot represent non-integer value: \(printed())")
        case (.float, .int(let text)), (.float, .float(let text)):
            guard let double = Double(text) else { return .number(text) }
            if case .int = literal.kind, let int = Int(text) { return .int(int) }
            return .double(double)
        case (.float, _):
            throw CoercionFailure("Float cannot represent non numeric value: \(printed())")
        case (.string, .string(let string, _)):
            return .string(string)
        case (.string, _):
            throw CoercionFailure("String cannot represent a non string value: \(printed())")
        case (.boolean, .boolean(let bool)):
            return .bool(bool)
        case (.boolean, _):
            throw CoercionFailure("Boolean cannot represent a non boolean value: \(printed())")
        case (.id, .string(let string, _)), (.id, .int(let string)):
            return .string(string)
        case (.id, _):
            throw CoercionFailure(
                "ID cannot represent a non-string and non-integer value: \(printed())")
        }
    }
}

extension EnumType {
    func serialize(_ value: JSON) throws(CoercionFailure) -> JSON {
        if case .string(let name) = value, valuesByName[name] != nil { return value }
        throw CoercionFailure("Enum \"\(name)\" cannot represent value: \(Inspect.value(value))")
    }

    func parseValue(_ value: JSON) throws(CoercionFailure) -> JSON {
        guard case .string(let string) = value else {
            let text = Inspect.value(value)
            throw CoercionFailure(
                "Enum \"\(name)\" cannot represent non-string value: \(text)."
                    + didYouMeanValue(text))
        }
        guard valuesByName[string] != nil else {
            throw CoercionFailure(
                "Value \"\(string)\" does not exist in \"\(name)\" enum." + didYouMeanValue(string))
        }
        return value
    }

    func parseLiteral(_ literal: Value) throws(CoercionFailure) -> JSON {
        guard case .enumValue(let string) = literal.kind else {
            let text = ValuePrinter.print(literal)
            throw CoercionFailure(
                "Enum \"\(name)\" cannot represent non-enum value: \(text)."
                    + didYouMeanValue(text))
        }
        guard valuesByName[string] != nil else {
            throw CoercionFailure(
                "Value \"\(string)\" does not exist in \"\(name)\" enum." + didYouMeanValue(string))
        }
        return .string(string)
    }

    private func didYouMeanValue(_ text: String) -> String {
        Suggestions.didYouMean(
            Suggestions.list(text, options: values.map(\.name)), subMessage: "the enum value")
    }
}

extension Value {
    /// The literal as JSON with variables replaced by their values (absent ones become null
    /// in lists and are left out of objects).
    func json(variables: JSONObject?) -> JSON {
        switch kind {
        case .variable(let variable): variables?[variable.name.value] ?? .null
        case .list(let values): .array(values.map { $0.json(variables: variables) })
        case .object(let fields):
            // A member whose variable is absent is left out, as graphql-js's undefined is.
            .object(
                JSONObject(
                    fields.compactMap { field in
                        if case .variable(let variable) = field.value.kind,
                            variables?[variable.name.value] == nil
                        {
                            return nil
                        }
                        return (
                            key: field.name.value, value: field.value.json(variables: variables)
                        )
                    }))
        default: plainJSON
        }
    }
}
