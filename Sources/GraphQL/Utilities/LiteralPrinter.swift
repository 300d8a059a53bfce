import JSON

/// Writes a coerced input value back as a GraphQL literal, typed by its input type
/// (graphql-js `print(astFromValue(value, type))`).
struct LiteralPrinter {
    let schema: Schema

    /// The default of an argument or input field as introspection and SDL show it.
    func defaultValue(of value: InputValue) -> String? {
        guard let literal = value.defaultValue else { return nil }
        let coercion = InputCoercion(schema: schema)
        guard let coerced = coercion.coerceLiteral(literal, to: value.type, variables: nil) else {
            return ValuePrinter.print(literal)
        }
        return print(coerced, as: value.type)
    }

    func print(_ value: JSON, as type: GraphQLType) -> String? {
        switch type {
        case .nonNull(let inner):
            if value.isNull { return nil }
            return print(value, as: inner)
        case .list(let itemType):
            if value.isNull { return "null" }
            guard case .array(let items) = value else { return print(value, as: itemType) }
            return "[" + items.compactMap { print($0, as: itemType) }.joined(separator: ", ") + "]"
        case .named(let name):
            if value.isNull { return "null" }
            switch schema.types[name] {
            case .inputObject(let input):
                guard case .object(let object) = value else { return nil }
                let fields = input.fields.compactMap { field -> String? in
                    guard let fieldValue = object[field.name],
                        let printed = print(fieldValue, as: field.type)
                    else { return nil }
                    return "\(field.name): \(printed)"
                }
                return "{" + fields.joined(separator: ", ") + "}"
            case .enumType:
                return value.stringValue
            case .scalar(let scalar):
                return scalarLiteral(value, isID: scalar.builtIn == .id)
            default:
                return nil
            }
        }
    }

    private func scalarLiteral(_ value: JSON, isID: Bool) -> String {
        switch value {
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double): return Inspect.number(double)
        case .number(let text): return text
        case .string(let string):
            if isID, isIntegerText(string) { return string }
            return ValuePrinter.quoted(string)
        case .array(let items):
            return "[" + items.map { scalarLiteral($0, isID: false) }.joined(separator: ", ") + "]"
        case .object(let object):
            let fields = object.members.map { "\($0.key): \(scalarLiteral($0.value, isID: false))" }
            return "{" + fields.joined(separator: ", ") + "}"
        case .null: return "null"
        }
    }

    /// `/^-?(?:0|[1-9][0-9]*)$/`
    private func isIntegerText(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return false }
        if first == "0" { return digits.count == 1 }
        return digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
