import GraphQL

/// The schema a subgraph executes: its own SDL, minus `@link` applications on
/// the schema (they only matter to composition), plus what the federation
/// subgraph spec adds: `_Any`, `_Service`, `_Entity`, `Query._service`,
/// `Query._entities`, and the definitions of the federation directives and
/// scalars under the names the SDL links them by.
struct FederationSchema {
    let executableSDL: String
    /// Object types with a resolvable `@key`, in SDL order: the members of `_Entity`.
    let entityTypes: [String]
    /// Interfaces with a resolvable `@key` (entity interfaces, Fed 2.3).
    let entityInterfaces: [String]
    let queryTypeName: String
    let link: FederationLink

    init(sdl: String) throws(GraphQLError) {
        let document = try parse(sdl, limits: .schema)
        let link = try FederationLink(document: document)
        let keyName = link.directive("key") ?? "key"
        var kept: [Definition] = []
        var entityTypes: [String] = []
        var entityInterfaces: [String] = []
        var definedNames: Set<String> = []
        var queryTypeName = "Query"

        for definition in document.definitions {
            if case .type(let type) = definition { definedNames.insert(type.name.value) }
        }
        for definition in document.definitions {
            switch definition {
            case .schemaExtension(let schema):
                // Only operation types matter here; `extend schema @link(...)` goes.
                guard !schema.operationTypes.isEmpty else { continue }
                for operation in schema.operationTypes where operation.operation == .query {
                    queryTypeName = operation.type.value
                }
                var stripped = schema
                stripped.directives = []
                kept.append(.schemaExtension(stripped))
                continue
            case .schema(let schema):
                for operation in schema.operationTypes where operation.operation == .query {
                    queryTypeName = operation.type.value
                }
                var stripped = schema
                stripped.directives = []
                kept.append(.schema(stripped))
                continue
            case .type(let type), .typeExtension(let type):
                let name = type.name.value
                switch type {
                case .object(let object)
                where Self.hasResolvableKey(object.directives, keyName)
                    && !entityTypes.contains(name):
                    entityTypes.append(name)
                case .interface(let interface)
                where Self.hasResolvableKey(interface.directives, keyName)
                    && !entityInterfaces.contains(name):
                    entityInterfaces.append(name)
                default: break
                }
                // An extension of a type defined nowhere stands for its definition
                // (`extend type User @key(...)` in a subgraph that does not own User).
                if case .typeExtension = definition, !definedNames.contains(name) {
                    definedNames.insert(name)
                    kept.append(.type(type))
                    continue
                }
            case .directive(let directive):
                definedNames.insert("@" + directive.name.value)
            default:
                break
            }
            kept.append(definition)
        }

        var additions: [String] = []
        var known = definedNames.union(["@deprecated", "@specifiedBy", "@oneOf"])
        for (name, text) in Self.supportDefinitions(link) where !definedNames.contains(name) {
            additions.append(text)
            known.insert(name)
        }
        try Self.checkDirectives(document, known: known)
        additions.append("type _Service {\n  sdl: String!\n}")
        var queryFields = ["  _service: _Service!"]
        if !entityTypes.isEmpty {
            additions.append("union _Entity = " + entityTypes.joined(separator: " | "))
            queryFields.append("  _entities(representations: [_Any!]!): [_Entity]!")
        }
        let queryHead =
            definedNames.contains(queryTypeName)
            ? "extend type \(queryTypeName)" : "type \(queryTypeName)"
        additions.append(queryHead + " {\n" + queryFields.joined(separator: "\n") + "\n}")

        let own = GraphQL.print(Document(definitions: kept))
        self.executableSDL = own + "\n\n" + additions.joined(separator: "\n\n") + "\n"
        self.entityTypes = entityTypes
        self.entityInterfaces = entityInterfaces
        self.queryTypeName = queryTypeName
        self.link = link
    }

    /// Every applied directive must be defined: a federation directive the
    /// linked version lacks, or one not imported under that name, is an error.
    private static func checkDirectives(_ document: Document, known: Set<String>)
        throws(GraphQLError)
    {
        var applied: [Directive] = []
        for definition in document.definitions {
            switch definition {
            case .type(let type), .typeExtension(let type):
                applied += type.directives
                switch type {
                case .object(let object):
                    for field in object.fields {
                        applied += field.directives + field.arguments.flatMap(\.directives)
                    }
                case .interface(let interface):
                    for field in interface.fields {
                        applied += field.directives + field.arguments.flatMap(\.directives)
                    }
                case .enumType(let enumType): applied += enumType.values.flatMap(\.directives)
                case .inputObject(let input): applied += input.fields.flatMap(\.directives)
                case .scalar, .union: break
                }
            default: continue
            }
        }
        for directive in applied where !known.contains("@" + directive.name.value) {
            throw GraphQLError(
                "Unknown directive \"@\(directive.name.value)\".", at: [directive.location],
                in: document.source)
        }
    }

    private static func hasResolvableKey(_ directives: [Directive], _ keyName: String) -> Bool {
        directives.contains { directive in
            guard directive.name.value == keyName else { return false }
            let resolvable = directive.arguments.first { $0.name.value == "resolvable" }
            if case .boolean(false) = resolvable?.value.kind { return false }
            return true
        }
    }

    /// Definitions the SDL may leave out, keyed by the name they define
    /// (`@name` for directives), under the SDL's own names for them.
    static func supportDefinitions(_ link: FederationLink) -> [(String, String)] {
        var result: [(String, String)] = [("_Any", "scalar _Any")]
        let fieldSet = link.type("FieldSet") ?? "FieldSet"
        let scope = link.type("Scope") ?? "federation__Scope"
        let policy = link.type("Policy") ?? "federation__Policy"
        let contextValue = link.type("ContextFieldValue") ?? "federation__ContextFieldValue"
        result.append((fieldSet, "scalar \(fieldSet)"))
        if link.isFederation2 {
            result.append(("link__Import", "scalar link__Import"))
            result.append(("link__Purpose", "enum link__Purpose {\n  SECURITY\n  EXECUTION\n}"))
            result.append(
                (
                    "@link",
                    "directive @link(url: String!, as: String, for: link__Purpose, "
                        + "import: [link__Import]) repeatable on SCHEMA"
                ))
            if link.type("Scope") != nil { result.append((scope, "scalar \(scope)")) }
            if link.type("Policy") != nil { result.append((policy, "scalar \(policy)")) }
            if link.type("ContextFieldValue") != nil {
                result.append((contextValue, "scalar \(contextValue)"))
            }
        }
        let everywhere =
            "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR "
            + "| ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION"
        let access = "FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"
        let signatures: [String: String] = [
            "key":
                "(fields: \(fieldSet)!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE",
            "requires": "(fields: \(fieldSet)!) on FIELD_DEFINITION",
            "provides": "(fields: \(fieldSet)!) on FIELD_DEFINITION",
            "external": "(reason: String) on OBJECT | FIELD_DEFINITION",
            "shareable": " repeatable on OBJECT | FIELD_DEFINITION",
            "inaccessible": " on \(everywhere)",
            "tag": "(name: String!) repeatable on \(everywhere)",
            "override": "(from: String!, label: String) on FIELD_DEFINITION",
            "extends": " on OBJECT | INTERFACE",
            "composeDirective": "(name: String!) repeatable on SCHEMA",
            "interfaceObject": " on OBJECT",
            "authenticated": " on \(access)",
            "requiresScopes": "(scopes: [[\(scope)!]!]!) on \(access)",
            "policy": "(policies: [[\(policy)!]!]!) on \(access)",
            "context": "(name: String!) repeatable on INTERFACE | OBJECT | UNION",
            "fromContext": "(field: \(contextValue)) on ARGUMENT_DEFINITION",
            "cost":
                "(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION "
                + "| INPUT_FIELD_DEFINITION | OBJECT | SCALAR",
            "listSize":
                "(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], "
                + "requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION",
        ]
        for (name, _) in FederationLink.directiveVersions {
            guard let local = link.directive(name), let signature = signatures[name] else {
                continue
            }
            result.append(("@" + local, "directive @\(local)\(signature)"))
        }
        return result
    }
}
