import GraphQL

/// A default value as clients see it in introspection, with input object fields sorted by
/// name, so equal defaults written differently (`1.0` and `1` for a `Float`) compare equal.
///
/// Follows graphql-js's `print(sortValueNode(astFromValue(coerced, type)))`.
struct DefaultValueText {
    let schema: Schema

    func text(_ value: Value, as type: GraphQLType) -> String {
        switch type {
        case .nonNull(let inner):
            return text(value, as: inner)
        case .list(let item):
            if case .null = value.kind { return "null" }
            if case .list(let items) = value.kind {
                return "[" + items.map { text($0, as: item) }.joined(separator: ", ") + "]"
            }
            return "[" + text(value, as: item) + "]"
        case .named(let name):
            if case .null = value.kind { return "null" }
            switch schema.types[name] {
            case .inputObject(let input):
                guard case .object(let given) = value.kind else { return sortedLiteral(value) }
                var members: [(String, String)] = []
                for field in input.fields {
                    if let provided = given.first(where: { $0.name.value == field.name }) {
                        members.append((field.name, text(provided.value, as: field.type)))
                    } else if let fallback = field.defaultValue {
                        members.append((field.name, text(fallback, as: field.type)))
                    }
                }
                members.sort { $0.0 < $1.0 }
                return "{" + members.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
            case .scalar(let scalar):
                return scalarText(value, scalar.builtIn)
            default:
                return sortedLiteral(value)
            }
        }
    }

    private func scalarText(_ value: Value, _ builtIn: BuiltInScalar?) -> String {
        switch (builtIn, value.kind) {
        case (.float, .int(let literal)), (.float, .float(let literal)):
            return numberText(Double(literal) ?? 0)
        case (.int, .int(let literal)):
            return Int(literal).map(String.init) ?? literal
        case (.id, .string(let string, _)) where isIntegerText(string):
            return string
        case (.id, .int(let literal)):
            return Int(literal).map(String.init) ?? literal
        default:
            return sortedLiteral(value)
        }
    }

    /// JavaScript's `String(number)` for the values SDL defaults hold.
    private func numberText(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e21 {
            return String(Int(number))
        }
        return String(number)
    }

    private func isIntegerText(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return false }
        if first == "0" { return digits.count == 1 }
        return digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private func sortedLiteral(_ value: Value) -> String {
        switch value.kind {
        case .object(let fields):
            let sorted = fields.sorted { $0.name.value < $1.name.value }
            return "{"
                + sorted.map { "\($0.name.value): \(sortedLiteral($0.value))" }.joined(
                    separator: ", ") + "}"
        case .list(let items):
            return "[" + items.map(sortedLiteral).joined(separator: ", ") + "]"
        case .string(let string, _):
            return print(Value(.string(string, isBlock: false)))
        default:
            return print(value)
        }
    }
}
