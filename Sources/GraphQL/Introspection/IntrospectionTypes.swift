/// The introspection types of spec 4.2, present in every schema.
enum Introspection {
    static let types: [NamedType] = [
        .object(schemaType), .object(typeType), .enumType(typeKind), .object(fieldType),
        .object(inputValueType), .object(enumValueType), .object(directiveType),
        .enumType(directiveLocation),
    ]

    private static func field(
        _ name: String, _ type: GraphQLType, _ description: String? = nil,
        arguments: [InputValue] = []
    ) -> OutputField {
        OutputField(name: name, description: description, arguments: arguments, type: type)
    }

    private static let string = GraphQLType.named("String")
    private static let boolean = GraphQLType.named("Boolean")
    private static func nonNull(_ name: String) -> GraphQLType { .nonNull(.named(name)) }
    private static func list(_ name: String) -> GraphQLType { .list(.nonNull(.named(name))) }
    private static var includeDeprecated: [InputValue] {
        [
            InputValue(
                name: "includeDeprecated", type: boolean,
                defaultValue: Value(.boolean(false)))
        ]
    }

    static let schemaType = ObjectType(
        name: "__Schema",
        description:
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        fields: [
            field("description", string),
            field(
                "types", .nonNull(list("__Type")), "A list of all types supported by this server."),
            field(
                "queryType", nonNull("__Type"), "The type that query operations will be rooted at."),
            field(
                "mutationType", .named("__Type"),
                "If this server supports mutation, the type that mutation operations will be rooted at."
            ),
            field(
                "subscriptionType", .named("__Type"),
                "If this server support subscription, the type that subscription operations will be rooted at."
            ),
            field(
                "directives", .nonNull(list("__Directive")),
                "A list of all directives supported by this server."),
        ])

    static let typeType = ObjectType(
        name: "__Type",
        description:
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        fields: [
            field("kind", nonNull("__TypeKind")),
            field("name", string),
            field("description", string),
            field("specifiedByURL", string),
            field("fields", list("__Field"), arguments: includeDeprecated),
            field("interfaces", list("__Type")),
            field("possibleTypes", list("__Type")),
            field("enumValues", list("__EnumValue"), arguments: includeDeprecated),
            field("inputFields", list("__InputValue"), arguments: includeDeprecated),
            field("ofType", .named("__Type")),
            field("isOneOf", boolean),
        ])

    static let typeKind = EnumType(
        name: "__TypeKind",
        description: "An enum describing what kind of type a given `__Type` is.",
        values: [
            EnumValue(name: "SCALAR", description: "Indicates this type is a scalar."),
            EnumValue(
                name: "OBJECT",
                description:
                    "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            EnumValue(
                name: "INTERFACE",
                description:
                    "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
            ),
            EnumValue(
                name: "UNION",
                description: "Indicates this type is a union. `possibleTypes` is a valid field."),
            EnumValue(
                name: "ENUM",
                description: "Indicates this type is an enum. `enumValues` is a valid field."),
            EnumValue(
                name: "INPUT_OBJECT",
                description:
                    "Indicates this type is an input object. `inputFields` is a valid field."),
            EnumValue(
                name: "LIST",
                description: "Indicates this type is a list. `ofType` is a valid field."
            ),
            EnumValue(
                name: "NON_NULL",
                description: "Indicates this type is a non-null. `ofType` is a valid field."),
        ])

    static let fieldType = ObjectType(
        name: "__Field",
        description:
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        fields: [
            field("name", nonNull("String")),
            field("description", string),
            field("args", .nonNull(list("__InputValue")), arguments: includeDeprecated),
            field("type", nonNull("__Type")),
            field("isDeprecated", nonNull("Boolean")),
            field("deprecationReason", string),
        ])

    static let inputValueType = ObjectType(
        name: "__InputValue",
        description:
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        fields: [
            field("name", nonNull("String")),
            field("description", string),
            field("type", nonNull("__Type")),
            field(
                "defaultValue", string,
                "A GraphQL-formatted string representing the default value for this input value."),
            field("isDeprecated", nonNull("Boolean")),
            field("deprecationReason", string),
        ])

    static let enumValueType = ObjectType(
        name: "__EnumValue",
        description:
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        fields: [
            field("name", nonNull("String")),
            field("description", string),
            field("isDeprecated", nonNull("Boolean")),
            field("deprecationReason", string),
        ])

    static let directiveType = ObjectType(
        name: "__Directive",
        description:
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        fields: [
            field("name", nonNull("String")),
            field("description", string),
            field("isRepeatable", nonNull("Boolean")),
            field("locations", .nonNull(list("__DirectiveLocation"))),
            field("args", .nonNull(list("__InputValue")), arguments: includeDeprecated),
        ])

    /// Location names with the word graphql-js puts in each description.
    static let locationNames: [(String, String)] = [
        ("QUERY", "a query operation"), ("MUTATION", "a mutation operation"),
        ("SUBSCRIPTION", "a subscription operation"), ("FIELD", "a field"),
        ("FRAGMENT_DEFINITION", "a fragment definition"), ("FRAGMENT_SPREAD", "a fragment spread"),
        ("INLINE_FRAGMENT", "an inline fragment"), ("VARIABLE_DEFINITION", "a variable definition"),
        ("SCHEMA", "a schema definition"), ("SCALAR", "a scalar definition"),
        ("OBJECT", "an object type definition"), ("FIELD_DEFINITION", "a field definition"),
        ("ARGUMENT_DEFINITION", "an argument definition"), ("INTERFACE", "an interface definition"),
        ("UNION", "a union definition"), ("ENUM", "an enum definition"),
        ("ENUM_VALUE", "an enum value definition"),
        ("INPUT_OBJECT", "an input object type definition"),
        ("INPUT_FIELD_DEFINITION", "an input object field definition"),
    ]

    static let directiveLocation = EnumType(
        name: "__DirectiveLocation",
        description:
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        values: locationNames.map {
            EnumValue(name: $0.0, description: "Location adjacent to \($0.1).")
        })
}
