import GraphQL

/// The schema a subgraph executes: its own SDL, minus `extend schema @link`
/// (which only matters to composition), plus the definitions the federation
/// subgraph spec adds: `_Any`, `_Service`, `_Entity`, `Query._service` and
/// `Query._entities`, and the federation directives its SDL may apply.
struct FederationSchema {
    let executableSDL: String
    /// Object types with a resolvable `@key`, in SDL order: the members of `_Entity`.
    let entityTypes: [String]
    let queryTypeName: String

    init(sdl: String) throws(GraphQLError) {
        let document = try parse(sdl)
        var kept: [Definition] = []
        var entityTypes: [String] = []
        var definedNames: Set<String> = []
        var queryTypeName = "Query"
        var hasQueryType = false

        for definition in document.definitions {
            switch definition {
            case .schemaExtension:
                continue
            case .schema(let schema):
                for operation in schema.operationTypes where operation.operation == .query {
                    queryTypeName = operation.type.value
                }
            case .type(let type), .typeExtension(let type):
                definedNames.insert(type.name.value)
                if case .object(let object) = type, Self.hasResolvableKey(object.directives),
                    !entityTypes.contains(object.name.value)
                {
                    entityTypes.append(object.name.value)
                }
            case .directive(let directive):
                definedNames.insert("@" + directive.name.value)
            default:
                break
            }
            kept.append(definition)
        }
        for definition in kept {
            if case .type(let type) = definition, type.name.value == queryTypeName {
                hasQueryType = true
            }
        }

        var additions: [String] = []
        for (name, text) in Self.supportDefinitions where !definedNames.contains(name) {
            additions.append(text)
        }
        additions.append("type _Service {\n  sdl: String!\n}")
        var queryFields = ["  _service: _Service!"]
        if !entityTypes.isEmpty {
            additions.append("union _Entity = " + entityTypes.joined(separator: " | "))
            queryFields.append("  _entities(representations: [_Any!]!): [_Entity]!")
        }
        let queryHead = hasQueryType ? "extend type \(queryTypeName)" : "type \(queryTypeName)"
        additions.append(queryHead + " {\n" + queryFields.joined(separator: "\n") + "\n}")

        let own = GraphQL.print(Document(definitions: kept))
        self.executableSDL = own + "\n\n" + additions.joined(separator: "\n\n") + "\n"
        self.entityTypes = entityTypes
        self.queryTypeName = queryTypeName
    }

    private static let keyNames: Set<String> = ["key", "federation__key"]

    private static func hasResolvableKey(_ directives: [Directive]) -> Bool {
        directives.contains { directive in
            guard keyNames.contains(directive.name.value) else { return false }
            let resolvable = directive.arguments.first { $0.name.value == "resolvable" }
            if case .boolean(false) = resolvable?.value.kind { return false }
            return true
        }
    }

    /// Federation v2 definitions, by the name the SDL would define them under.
    private static let supportDefinitions: [(String, String)] = [
        ("_Any", "scalar _Any"),
        ("FieldSet", "scalar FieldSet"),
        ("link__Import", "scalar link__Import"),
        ("link__Purpose", "enum link__Purpose {\n  SECURITY\n  EXECUTION\n}"),
        (
            "@link",
            "directive @link(url: String!, as: String, for: link__Purpose, "
                + "import: [link__Import]) repeatable on SCHEMA"
        ),
        (
            "@key",
            "directive @key(fields: FieldSet!, resolvable: Boolean = true) "
                + "repeatable on OBJECT | INTERFACE"
        ),
        ("@requires", "directive @requires(fields: FieldSet!) on FIELD_DEFINITION"),
        ("@provides", "directive @provides(fields: FieldSet!) on FIELD_DEFINITION"),
        ("@external", "directive @external on FIELD_DEFINITION | OBJECT"),
        ("@shareable", "directive @shareable repeatable on OBJECT | FIELD_DEFINITION"),
        ("@extends", "directive @extends on OBJECT | INTERFACE"),
        (
            "@override",
            "directive @override(from: String!, label: String) on FIELD_DEFINITION"
        ),
        ("@interfaceObject", "directive @interfaceObject on OBJECT"),
        (
            "@inaccessible",
            "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION "
                + "| ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT "
                + "| INPUT_FIELD_DEFINITION"
        ),
        (
            "@tag",
            "directive @tag(name: String!) repeatable on FIELD_DEFINITION | INTERFACE "
                + "| OBJECT | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE "
                + "| INPUT_OBJECT | INPUT_FIELD_DEFINITION"
        ),
    ]
}
