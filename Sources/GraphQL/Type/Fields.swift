/// A field of an object or interface type (spec 3.6 Field Definitions).
public final class OutputField: Sendable {
    public let name: String
    public let description: String?
    public let arguments: [InputValue]
    public let type: GraphQLType
    /// Set when the field carries `@deprecated`; the default reason if none was given.
    public let deprecationReason: String?
    public let directives: [AppliedDirective]
    public let node: FieldDefinition?

    public init(
        name: String, description: String? = nil, arguments: [InputValue] = [],
        type: GraphQLType, deprecationReason: String? = nil,
        directives: [AppliedDirective] = [], node: FieldDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
        self.directives = directives
        self.node = node
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    public func argument(_ name: String) -> InputValue? {
        arguments.first { $0.name == name }
    }
}

/// An argument or an input object field (spec 3.6.1 and 3.10).
public final class InputValue: Sendable {
    public let name: String
    public let description: String?
    public let type: GraphQLType
    /// The default as written; coerced against `type` where it is used.
    public let defaultValue: Value?
    public let deprecationReason: String?
    public let directives: [AppliedDirective]
    public let node: InputValueDefinition?

    public init(
        name: String, description: String? = nil, type: GraphQLType, defaultValue: Value? = nil,
        deprecationReason: String? = nil, directives: [AppliedDirective] = [],
        node: InputValueDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
        self.directives = directives
        self.node = node
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}

/// One value of an enum type (spec 3.9).
public final class EnumValue: Sendable {
    public let name: String
    public let description: String?
    public let deprecationReason: String?
    public let directives: [AppliedDirective]
    public let node: EnumValueDefinition?

    public init(
        name: String, description: String? = nil, deprecationReason: String? = nil,
        directives: [AppliedDirective] = [], node: EnumValueDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.directives = directives
        self.node = node
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}
