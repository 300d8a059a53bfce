import JSON

extension Schema {
    /// Builds a schema from SDL (graphql-js `buildSchema`), with type and schema extensions.
    ///
    /// Roots come from the schema definition, else the types named `Query`, `Mutation` and
    /// `Subscription`. Throws the SDL validation errors (see `init(document:)`), else the
    /// first error found while building. Like graphql-js, it builds schemas that break the
    /// type system rules (a missing query root, an empty type, a union of interfaces...);
    /// `validateSchema` reports those.
    public convenience init(sdl: String, assumeValidSDL: Bool = false) throws(GraphQLError) {
        let document = try parse(sdl)
        try self.init(document: document, assumeValidSDL: assumeValidSDL)
    }

    /// Builds a schema from a parsed SDL document; see `init(sdl:)`.
    ///
    /// The document must first pass `validateSDL`; if it does not, the error thrown
    /// carries every message joined by a blank line, as graphql-js `assertValidSDL`
    /// words it, and every location. `assumeValidSDL` skips that step, as graphql-js's
    /// option of the same name does (for SDL that applies directives it does not define).
    public convenience init(document: Document, assumeValidSDL: Bool = false) throws(GraphQLError) {
        let sdlErrors = assumeValidSDL ? [] : validateSDL(document)
        if !sdlErrors.isEmpty {
            throw GraphQLError(
                sdlErrors.map(\.message).joined(separator: "\n\n"),
                locations: sdlErrors.flatMap(\.locations))
        }
        var builder = SchemaBuilder(document: document)
        let parts = builder.build()
        if let error = builder.errors.first { throw error }
        self.init(
            types: parts.types, queryType: parts.query, mutationType: parts.mutation,
            subscriptionType: parts.subscription, directives: parts.directives,
            description: parts.description, appliedDirectives: parts.appliedDirectives,
            nodes: parts.schemaNodes, hasSchemaDefinition: parts.hasSchemaDefinition,
            source: document.source)
    }
}

/// Turns SDL definitions into schema types; records errors instead of stopping.
struct SchemaBuilder {
    struct Parts {
        var types: [NamedType] = []
        var query: String?
        var mutation: String?
        var subscription: String?
        var directives: [SchemaDirective] = []
        var description: String?
        var appliedDirectives: [AppliedDirective] = []
        var schemaNodes: [SchemaDefinition] = []
        var hasSchemaDefinition = false
    }

    let document: Document
    private(set) var errors: [GraphQLError] = []

    init(document: Document) { self.document = document }

    private mutating func report(_ message: String, _ ranges: SourceRange?...) {
        errors.append(GraphQLError(message, at: ranges, in: document.source))
    }

    mutating func build() -> Parts {
        var definitions: [TypeDefinition] = []
        var definitionIndex: [String: Int] = [:]
        var extensions: [String: [TypeDefinition]] = [:]
        var schemaDefinition: SchemaDefinition?
        var schemaExtensions: [SchemaDefinition] = []
        var directiveDefinitions: [DirectiveDefinition] = []

        for definition in document.definitions {
            switch definition {
            case .type(let type):
                let name = type.name.value
                if definitionIndex[name] != nil {
                    report("There can be only one type named \"\(name)\".", type.name.location)
                } else {
                    // Names reserved for introspection are `validateSchema`'s to report.
                    definitionIndex[name] = definitions.count
                    definitions.append(type)
                }
            case .typeExtension(let type):
                extensions[type.name.value, default: []].append(type)
            case .schema(let schema):
                if schemaDefinition != nil {
                    report("Must provide only one schema definition.", schema.location)
                }
                schemaDefinition = schemaDefinition ?? schema
            case .schemaExtension(let schema):
                schemaExtensions.append(schema)
            case .directive(let directive):
                if directiveDefinitions.contains(where: { $0.name.value == directive.name.value }) {
                    report(
                        "There can be only one directive named \"@\(directive.name.value)\".",
                        directive.name.location)
                } else {
                    directiveDefinitions.append(directive)
                }
            case .operation, .fragment:
                // Ignored, as graphql-js's buildASTSchema ignores them.
                continue
            }
        }

        for (name, typeExtensions) in extensions where definitionIndex[name] == nil {
            if BuiltInScalar(rawValue: name) != nil { continue }
            for node in typeExtensions {
                report(
                    "Cannot extend type \"\(name)\" because it is not defined.", node.name.location)
            }
        }

        var parts = Parts()
        var known = Set(definitions.map(\.name.value))
        known.formUnion(BuiltInScalar.allCases.map(\.rawValue))
        known.formUnion(Introspection.types.map(\.name))
        let knownNames = known
        for definition in definitions {
            let nodes = [definition] + (extensions[definition.name.value] ?? [])
            parts.types.append(makeType(nodes, known: knownNames))
        }
        for definition in directiveDefinitions {
            parts.directives.append(makeDirective(definition, known: knownNames))
        }
        checkDefaultValues(parts)

        let schemaNodes = (schemaDefinition.map { [$0] } ?? []) + schemaExtensions
        parts.schemaNodes = schemaNodes
        parts.hasSchemaDefinition = schemaDefinition != nil
        parts.description = schemaDefinition?.description?.value
        parts.appliedDirectives = schemaNodes.flatMap { $0.directives.map(AppliedDirective.init) }
        let typesByName = Dictionary(
            parts.types.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for operationType in schemaNodes.flatMap(\.operationTypes) {
            // A root of another kind is kept, for `validateSchema` to report.
            let name = operationType.type.value
            if !knownNames.contains(name) {
                report("Unknown type \"\(name)\".", operationType.type.location)
                continue
            }
            switch operationType.operation {
            case .query: parts.query = name
            case .mutation: parts.mutation = name
            case .subscription: parts.subscription = name
            }
        }
        if schemaDefinition == nil {
            // Without a schema definition (`extend schema @link(...)` alone included), the
            // types named after the roots are the roots, over what extensions name, as in
            // graphql-js `buildASTSchema`.
            if typesByName["Query"] != nil { parts.query = "Query" }
            if typesByName["Mutation"] != nil { parts.mutation = "Mutation" }
            if typesByName["Subscription"] != nil { parts.subscription = "Subscription" }
        }
        return parts
    }

    // MARK: - Types

    private mutating func makeType(_ nodes: [TypeDefinition], known: Set<String>) -> NamedType {
        let first = nodes[0]
        let name = first.name.value
        let description = first.description?.value
        let directives = nodes.flatMap { $0.directives.map(AppliedDirective.init) }
        switch first {
        case .scalar:
            var specifiedByURL: String?
            if let url = directives.first(named: "specifiedBy")?.argument("url") {
                switch url.kind {
                case .string(let string, _): specifiedByURL = string
                case .null:
                    report(
                        "Argument \"url\" of non-null type \"String!\" must not be null.",
                        url.location)
                default:
                    report("Argument \"url\" has invalid value \(print(url)).", url.location)
                }
            }
            return .scalar(
                ScalarType(
                    name: name, description: description, specifiedByURL: specifiedByURL,
                    directives: directives, nodes: nodes))
        case .object:
            var fields: [FieldDefinition] = []
            var interfaces: [Name] = []
            for case .object(let node) in nodes {
                fields += node.fields
                interfaces += node.interfaces
            }
            return .object(
                ObjectType(
                    name: name, description: description,
                    fields: makeFields(fields, typeName: name, known: known),
                    interfaces: interfaceNames(interfaces, known: known), directives: directives,
                    nodes: nodes))
        case .interface:
            var fields: [FieldDefinition] = []
            var interfaces: [Name] = []
            for case .interface(let node) in nodes {
                fields += node.fields
                interfaces += node.interfaces
            }
            return .interface(
                InterfaceType(
                    name: name, description: description,
                    fields: makeFields(fields, typeName: name, known: known),
                    interfaces: interfaceNames(interfaces, known: known), directives: directives,
                    nodes: nodes))
        case .union:
            var members: [Name] = []
            for case .union(let node) in nodes { members += node.types }
            for member in members where !known.contains(member.value) {
                reportUnknownType(member, known: known)
            }
            return .union(
                UnionType(
                    name: name, description: description, types: uniqueNames(members),
                    directives: directives, nodes: nodes))
        case .enumType:
            var values: [EnumValue] = []
            for case .enumType(let node) in nodes {
                for value in node.values {
                    if values.contains(where: { $0.name == value.name.value }) {
                        report(
                            "Enum value \"\(name).\(value.name.value)\" can only be defined once.",
                            value.name.location)
                        continue
                    }
                    let applied = value.directives.map(AppliedDirective.init)
                    values.append(
                        EnumValue(
                            name: value.name.value, description: value.description?.value,
                            deprecationReason: deprecationReason(applied), directives: applied,
                            node: value))
                }
            }
            return .enumType(
                EnumType(
                    name: name, description: description, values: values, directives: directives,
                    nodes: nodes))
        case .inputObject:
            var fields: [InputValueDefinition] = []
            for case .inputObject(let node) in nodes { fields += node.fields }
            return .inputObject(
                InputObjectType(
                    name: name, description: description,
                    fields: makeInputValues(fields, owner: name, known: known),
                    isOneOf: directives.first(named: "oneOf") != nil, directives: directives,
                    nodes: nodes))
        }
    }

    private mutating func makeFields(
        _ nodes: [FieldDefinition], typeName: String, known: Set<String>
    ) -> [OutputField] {
        var fields: [OutputField] = []
        for node in nodes {
            if fields.contains(where: { $0.name == node.name.value }) {
                report(
                    "Field \"\(typeName).\(node.name.value)\" can only be defined once.",
                    node.name.location)
                continue
            }
            checkKnown(node.type, known: known)
            let applied = node.directives.map(AppliedDirective.init)
            fields.append(
                OutputField(
                    name: node.name.value, description: node.description?.value,
                    arguments: makeInputValues(
                        node.arguments, owner: "\(typeName).\(node.name.value)", known: known),
                    type: GraphQLType(node.type), deprecationReason: deprecationReason(applied),
                    directives: applied, node: node))
        }
        return fields
    }

    private mutating func makeInputValues(
        _ nodes: [InputValueDefinition], owner: String, known: Set<String>
    ) -> [InputValue] {
        var values: [InputValue] = []
        for node in nodes {
            if values.contains(where: { $0.name == node.name.value }) {
                report(
                    "Field \"\(owner).\(node.name.value)\" can only be defined once.",
                    node.name.location)
                continue
            }
            checkKnown(node.type, known: known)
            let applied = node.directives.map(AppliedDirective.init)
            values.append(
                InputValue(
                    name: node.name.value, description: node.description?.value,
                    type: GraphQLType(node.type), defaultValue: node.defaultValue,
                    deprecationReason: deprecationReason(applied), directives: applied, node: node))
        }
        return values
    }

    private mutating func makeDirective(
        _ node: DirectiveDefinition, known: Set<String>
    ) -> SchemaDirective {
        SchemaDirective(
            name: node.name.value, description: node.description?.value,
            arguments: makeInputValues(node.arguments, owner: "@\(node.name.value)", known: known),
            isRepeatable: node.isRepeatable, locations: node.locations.map(\.value), node: node)
    }

    /// The reason `@deprecated` gives; a value that is not a string is an error, as in
    /// graphql-js's `getDirectiveValues`, and an explicit null leaves the element current.
    private mutating func deprecationReason(_ directives: [AppliedDirective]) -> String? {
        guard let deprecated = directives.first(named: "deprecated") else { return nil }
        guard let reason = deprecated.argument("reason") else {
            return SchemaDirective.defaultDeprecationReason
        }
        switch reason.kind {
        case .string(let text, _): return text
        case .null: return nil
        default:
            report("Argument \"reason\" has invalid value \(print(reason)).", reason.location)
            return nil
        }
    }

    /// The interfaces a type names, once each; unknown names are errors (the SDL rules
    /// catch them first unless `assumeValidSDL`).
    private mutating func interfaceNames(_ names: [Name], known: Set<String>) -> [String] {
        for name in names where !known.contains(name.value) {
            reportUnknownType(name, known: known)
        }
        return uniqueNames(names)
    }

    // MARK: - Default values

    /// What coercing a default value as graphql-js `valueFromAST` does comes to.
    private enum DefaultCoercion {
        case valid
        /// The value does not fit the type; `buildSchema` keeps no default then.
        case invalid
        /// The value reaches a type that is no input type, which `buildSchema` stops at.
        case unexpected(String)
    }

    /// graphql-js `buildSchema` coerces every default value while building and stops at one
    /// that reaches an output type (an argument or input field retyped to an object, say):
    /// those are build errors here too, directive arguments first.
    ///
    /// Known gap: graphql-js coerces defaults lazily, type by type in its type-map order, so
    /// with several build errors the first one thrown may differ.
    private mutating func checkDefaultValues(_ parts: Parts) {
        var byName = Dictionary(parts.types.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for scalar in BuiltInScalar.allCases where byName[scalar.rawValue] == nil {
            byName[scalar.rawValue] = .scalar(scalar.type)
        }
        var values = parts.directives.flatMap(\.arguments)
        for type in parts.types {
            switch type {
            case .object(let object): values += object.fields.flatMap(\.arguments)
            case .interface(let interface): values += interface.fields.flatMap(\.arguments)
            case .inputObject(let input): values += input.fields
            default: break
            }
        }
        for value in values {
            guard let literal = value.defaultValue,
                case .unexpected(let name) = coerce(literal, to: value.type, byName)
            else { continue }
            report("Unexpected input type: \(name)", literal.location)
        }
    }

    private func coerce(
        _ value: Value, to type: GraphQLType, _ byName: [String: NamedType]
    ) -> DefaultCoercion {
        let isNull = if case .null = value.kind { true } else { false }
        switch type {
        case .nonNull(let inner):
            return isNull ? .invalid : coerce(value, to: inner, byName)
        case _ where isNull:
            return .valid
        case .list(let item):
            guard case .list(let items) = value.kind else { return coerce(value, to: item, byName) }
            for element in items {
                let result = coerce(element, to: item, byName)
                if case .valid = result { continue }
                return result
            }
            return .valid
        case .named(let name):
            switch byName[name] {
            case .inputObject(let input):
                guard case .object(let fields) = value.kind else { return .invalid }
                for field in input.fields {
                    guard let given = fields.last(where: { $0.name.value == field.name }) else {
                        if field.defaultValue == nil, field.type.isNonNull { return .invalid }
                        continue
                    }
                    let result = coerce(given.value, to: field.type, byName)
                    if case .valid = result { continue }
                    return result
                }
                return .valid
            case .scalar(let scalar):
                return (try? scalar.parseLiteral(value, variables: nil)) != nil ? .valid : .invalid
            case .enumType(let enumType):
                return (try? enumType.parseLiteral(value)) != nil ? .valid : .invalid
            case .object, .interface, .union:
                return .unexpected(name)
            case nil:
                return .valid
            }
        }
    }

    private func uniqueNames(_ names: [Name]) -> [String] {
        var seen: Set<String> = []
        return names.map(\.value).filter { seen.insert($0).inserted }
    }

    private mutating func checkKnown(_ reference: TypeReference, known: Set<String>) {
        let name = reference.namedType
        if !known.contains(name.value) { reportUnknownType(name, known: known) }
    }

    private mutating func reportUnknownType(_ name: Name, known: Set<String>) {
        let suggestions = Suggestions.list(name.value, options: known.sorted())
        report(
            "Unknown type \"\(name.value)\"." + Suggestions.didYouMean(suggestions), name.location)
    }
}
