/// A directive a schema declares (spec 3.13), built-in or from SDL.
public final class SchemaDirective: Sendable {
    public let name: String
    public let description: String?
    public let arguments: [InputValue]
    public let isRepeatable: Bool
    /// Location names such as `FIELD_DEFINITION`, in declaration order.
    public let locations: [String]
    public let node: DirectiveDefinition?

    public init(
        name: String, description: String? = nil, arguments: [InputValue] = [],
        isRepeatable: Bool = false, locations: [String], node: DirectiveDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.node = node
    }

    public func argument(_ name: String) -> InputValue? {
        arguments.first { $0.name == name }
    }

    /// Whether this is one of the directives the spec defines.
    public var isSpecified: Bool { SchemaDirective.specified.contains { $0.name == name } }
}

extension SchemaDirective {
    public static let include = SchemaDirective(
        name: "include",
        description:
            "Directs the executor to include this field or fragment only when the `if` argument is true.",
        arguments: [
            InputValue(
                name: "if", description: "Included when true.", type: .nonNull(.named("Boolean")))
        ],
        locations: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"])

    public static let skip = SchemaDirective(
        name: "skip",
        description:
            "Directs the executor to skip this field or fragment when the `if` argument is true.",
        arguments: [
            InputValue(
                name: "if", description: "Skipped when true.", type: .nonNull(.named("Boolean")))
        ],
        locations: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"])

    public static let defaultDeprecationReason = "No longer supported"

    public static let deprecated = SchemaDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        arguments: [
            InputValue(
                name: "reason",
                description:
                    "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                type: .named("String"),
                defaultValue: Value(.string(defaultDeprecationReason, isBlock: false)))
        ],
        locations: [
            "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE",
        ])

    public static let specifiedBy = SchemaDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        arguments: [
            InputValue(
                name: "url", description: "The URL that specifies the behavior of this scalar.",
                type: .nonNull(.named("String")))
        ],
        locations: ["SCALAR"])

    public static let oneOf = SchemaDirective(
        name: "oneOf",
        description:
            "Indicates exactly one field must be supplied and this field must not be `null`.",
        locations: ["INPUT_OBJECT"])

    /// The directives every schema has, in graphql-js order.
    public static let specified: [SchemaDirective] = [
        include, skip, deprecated, specifiedBy, oneOf,
    ]
}
