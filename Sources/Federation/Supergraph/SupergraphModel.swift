import GraphQL

/// The content of a supergraph SDL: the graph, plus where each element lives
/// (the `join__` directives). Composition builds it; the reader rebuilds it
/// from SDL; the printer and the planner read it.
struct SupergraphModel: Sendable {
    var graphs: [JoinGraph] = []
    /// Types sorted by name.
    var types: [SuperType] = []
    var rootTypes: [OperationType: String] = [.query: "Query"]
    /// Definitions of directives kept by `@composeDirective`, by name.
    var directiveDefinitions: [String: String] = [:]
    /// `@link(...)` applications (as text) importing the composed directives.
    var links: [String] = []

    /// The kept specs (`@tag`, `@authenticated`, ...) some element applies.
    var usedSpecs: [KeptSpec] {
        var names: Set<String> = []
        for type in types {
            for directive in type.directives { names.insert(directive.name.value) }
            for field in type.fields {
                for directive in field.directives { names.insert(directive.name.value) }
            }
        }
        return KeptSpec.all.filter { !names.isDisjoint(with: $0.directives) }
    }

    var usesContextArguments: Bool {
        types.contains {
            $0.fields.contains { $0.joinFields.contains { !$0.contextArguments.isEmpty } }
        }
    }

    var usesOverrideLabel: Bool {
        types.contains { $0.fields.contains { $0.joinFields.contains { $0.overrideLabel != nil } } }
    }

    var usesInaccessible: Bool {
        types.contains { type in
            type.isInaccessible
                || type.fields.contains {
                    $0.isInaccessible || $0.arguments.contains(where: \.isInaccessible)
                }
                || type.inputFields.contains(where: \.isInaccessible)
                || type.enumValues.contains(where: \.isInaccessible)
        }
    }

    func type(_ name: String) -> SuperType? { types.first { $0.name == name } }
}

/// One value of `enum join__Graph`.
struct JoinGraph: Sendable, Hashable {
    /// The enum value, e.g. `USERS`.
    var enumName: String
    /// The subgraph name, e.g. `users`.
    var name: String
    var url: String
}

/// `@join__type(graph:, key:, extension:, resolvable:, isInterfaceObject:)`.
struct JoinType: Sendable, Hashable {
    var graph: String
    var key: String?
    var isExtension = false
    var isResolvable = true
    var isInterfaceObject = false
}

/// `@join__field(graph:, requires:, provides:, type:, external:, override:, ...)`.
struct JoinField: Sendable, Hashable {
    var graph: String?
    var requires: String?
    var provides: String?
    var type: String?
    var isExternal = false
    var override: String?
    var overrideLabel: String?
    var usedOverridden = false
    /// Arguments the gateway fills from an ancestor's `@context` (join v0.5).
    var contextArguments: [JoinContextArgument] = []
}

/// `{context: "users__userContext", name: "currency", type: "String", selection: "{ currency }"}`.
struct JoinContextArgument: Sendable, Hashable {
    /// The context's supergraph name: the subgraph's name, `__`, the name it was given.
    var context: String
    var name: String
    var type: String
    var selection: String
}

struct SuperType: Sendable {
    var name: String
    var kind: SubgraphType.Kind
    var description: String?
    var joinTypes: [JoinType] = []
    var interfaces: [String] = []
    /// `@join__implements(graph:, interface:)` pairs.
    var implements: [(graph: String, interface: String)] = []
    var fields: [SuperField] = []
    var members: [String] = []
    /// `@join__unionMember(graph:, member:)` pairs.
    var unionMembers: [(graph: String, member: String)] = []
    var enumValues: [SuperEnumValue] = []
    var inputFields: [SuperInputValue] = []
    var isInaccessible = false
    /// `@tag` and composed directive applications.
    var directives: [Directive] = []

    func field(_ name: String) -> SuperField? { fields.first { $0.name == name } }
}

struct SuperField: Sendable {
    var name: String
    var description: String?
    var type: TypeReference
    var arguments: [SuperInputValue] = []
    var joinFields: [JoinField] = []
    var isInaccessible = false
    var deprecated: Directive?
    /// `@tag` and composed directive applications.
    var directives: [Directive] = []
}

struct SuperInputValue: Sendable {
    var name: String
    var description: String?
    var type: TypeReference
    var defaultValue: Value?
    var isInaccessible = false
    var deprecated: Directive?
}

struct SuperEnumValue: Sendable {
    var name: String
    var description: String?
    var graphs: [String] = []
    var isInaccessible = false
    var deprecated: Directive?
}
