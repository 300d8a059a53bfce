import GraphQL

/// One subgraph's schema, reduced to what composition and planning need.
struct SubgraphSchema: Sendable {
    var name: String
    var url: String
    /// Whether the SDL links a federation v2 spec (else Fed 1 rules apply).
    var isFederation2: Bool
    var types: [String: SubgraphType] = [:]
    /// Type names in the order the SDL first mentions them.
    var typeOrder: [String] = []
    /// The subgraph's root type names, renamed to `Query`/`Mutation`/`Subscription` in `types`.
    var rootTypes: [OperationType: String] = [:]
    /// Text of the SDL, for turning ranges into locations in errors.
    var source: Source?
    /// Directives named by `@composeDirective`: their definitions, by name.
    var composedDirectives: [String: String] = [:]
    /// The `@link` applications that import the composed directives, as text.
    var composedLinks: [String] = []

    func location(_ range: SourceRange?) -> [String] {
        guard let source, let point = source.location(of: range) else { return [] }
        return ["\(name):\(point.line):\(point.column)"]
    }
}

/// A `@key` on a type in one subgraph.
struct SubgraphKey: Sendable, Hashable {
    var fields: FieldSet
    var resolvable: Bool
}

/// A named type as one subgraph defines it.
struct SubgraphType: Sendable {
    enum Kind: String, Sendable {
        case scalar, object, interface, union
        case enumType = "enum"
        case inputObject = "input"
    }

    var name: String
    var kind: Kind
    var description: String?
    /// Defined only through `extend type` or `@extends` (Fed 1 style).
    var isExtension = false
    var keys: [SubgraphKey] = []
    var isShareable = false
    var isInaccessible = false
    var isInterfaceObject = false
    /// `@context(name:)` names set on this type (Fed 2.8), as written.
    var contexts: [String] = []
    var interfaces: [String] = []
    var fields: [SubgraphField] = []
    var members: [String] = []
    var enumValues: [SubgraphEnumValue] = []
    var inputFields: [SubgraphInputValue] = []
    /// `@tag` and composed directive applications, kept for the supergraph.
    var directives: [Directive] = []
    var location: SourceRange?

    var isEntity: Bool { !keys.isEmpty }

    func field(_ name: String) -> SubgraphField? { fields.first { $0.name == name } }
}

/// An output field as one subgraph defines it.
struct SubgraphField: Sendable {
    var name: String
    var description: String?
    var type: TypeReference
    var arguments: [SubgraphInputValue] = []
    var isExternal = false
    var isShareable = false
    var isInaccessible = false
    var requires: FieldSet?
    var provides: FieldSet?
    var overrideFrom: String?
    var overrideLabel: String?
    /// `@deprecated` as written, kept for the supergraph.
    var deprecated: Directive?
    /// `@tag` and composed directive applications, kept for the supergraph.
    var directives: [Directive] = []
    var location: SourceRange?
}

/// An argument or input field as one subgraph defines it.
struct SubgraphInputValue: Sendable {
    var name: String
    var description: String?
    var type: TypeReference
    var defaultValue: Value?
    var isInaccessible = false
    var deprecated: Directive?
    /// `@fromContext(field: "$context { selection }")`: filled by the gateway, not clients.
    var fromContext: String?
    var location: SourceRange?
}

/// An enum value as one subgraph defines it.
struct SubgraphEnumValue: Sendable {
    var name: String
    var description: String?
    var isInaccessible = false
    var deprecated: Directive?
}
