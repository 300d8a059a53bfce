import JSON

/// A directive written on a type system definition, such as `@key(fields: "id")`.
///
/// Kept as written so layers above (federation) can read any directive, known or not.
public struct AppliedDirective: Sendable, Hashable {
    public let node: Directive

    public init(_ node: Directive) { self.node = node }

    public var name: String { node.name.value }

    /// The literal given for an argument, if any.
    public func argument(_ name: String) -> Value? {
        node.arguments.first { $0.name.value == name }?.value
    }

    /// The arguments as JSON; enum values become strings, variables null.
    public var arguments: JSONObject {
        var object = JSONObject()
        for argument in node.arguments {
            object.append(argument.name.value, argument.value.plainJSON)
        }
        return object
    }
}

extension Array where Element == AppliedDirective {
    /// The first application of the named directive.
    public func first(named name: String) -> AppliedDirective? {
        first { $0.name == name }
    }

    /// Every application of the named directive, for repeatable ones.
    public func all(named name: String) -> [AppliedDirective] {
        filter { $0.name == name }
    }
}

extension Value {
    /// The literal as JSON without coercion: enum values as strings, variables as null.
    public var plainJSON: JSON {
        switch kind {
        case .variable: .null
        case .int(let text): Int(text).map(JSON.int) ?? .number(text)
        case .float(let text): Double(text).map(JSON.double) ?? .number(text)
        case .string(let string, _): .string(string)
        case .boolean(let bool): .bool(bool)
        case .null: .null
        case .enumValue(let name): .string(name)
        case .list(let values): .array(values.map(\.plainJSON))
        case .object(let fields):
            .object(JSONObject(fields.map { (key: $0.name.value, value: $0.value.plainJSON) }))
        }
    }
}
