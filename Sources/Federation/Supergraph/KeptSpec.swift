/// Specs whose directives composition copies from the subgraphs into the
/// supergraph (for the gateway: contracts, access control, demand control)
/// and leaves out of the API schema.
struct KeptSpec: Sendable {
    /// The `@link` on the supergraph's schema.
    let link: String
    let directives: [String]
    /// Definitions the supergraph needs when a directive of the spec is used.
    let definitions: [String]

    static let all: [KeptSpec] = [
        KeptSpec(
            link: "@link(url: \"https://specs.apollo.dev/tag/v0.3\")", directives: ["tag"],
            definitions: [
                "directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION"
            ]),
        KeptSpec(
            link: "@link(url: \"https://specs.apollo.dev/authenticated/v0.1\", for: SECURITY)",
            directives: ["authenticated"],
            definitions: [
                "directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"
            ]),
        KeptSpec(
            link: "@link(url: \"https://specs.apollo.dev/requiresScopes/v0.1\", for: SECURITY)",
            directives: ["requiresScopes"],
            definitions: [
                "directive @requiresScopes(scopes: [[requiresScopes__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM",
                "scalar requiresScopes__Scope",
            ]),
        KeptSpec(
            link: "@link(url: \"https://specs.apollo.dev/policy/v0.1\", for: SECURITY)",
            directives: ["policy"],
            definitions: [
                "directive @policy(policies: [[policy__Policy!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM",
                "scalar policy__Policy",
            ]),
        KeptSpec(
            link:
                "@link(url: \"https://specs.apollo.dev/cost/v0.1\", import: [\"@cost\", \"@listSize\"])",
            directives: ["cost", "listSize"],
            definitions: [
                "directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR",
                "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION",
            ]),
        KeptSpec(
            link: "@link(url: \"https://specs.apollo.dev/context/v0.1\", for: SECURITY)",
            directives: ["context"],
            definitions: [
                "directive @context(name: String!) repeatable on INTERFACE | OBJECT | UNION"
            ]
        ),
    ]

    /// Every directive name the kept specs define.
    static let names: Set<String> = Set(all.flatMap(\.directives))

    /// Type names the kept specs define (skipped when reading a supergraph).
    static let typePrefixes = ["requiresScopes__", "policy__"]

    /// Directives whose applications on one element merge into one: their
    /// single list argument is the union of the subgraphs' lists.
    static let mergedLists: [String: String] = ["requiresScopes": "scopes", "policy": "policies"]
}
