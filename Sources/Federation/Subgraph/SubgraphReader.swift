import GraphQL

/// Definitions every subgraph may carry that belong to federation, not to the graph.
private let federationTypeNames: Set<String> = [
    "_Any", "_Entity", "_Service", "_FieldSet", "FieldSet", "link__Import", "link__Purpose",
    "federation__FieldSet", "federation__Scope", "federation__Policy",
    "federation__ContextFieldValue",
]

extension SubgraphSchema {
    /// Parses and reads a subgraph SDL (spec: federation subgraph schema).
    init(_ definition: SubgraphDefinition) throws(CompositionErrors) {
        let document: Document
        do {
            document = try parse(definition.sdl, limits: .schema)
        } catch {
            throw CompositionErrors([
                CompositionError(
                    code: "INVALID_GRAPHQL",
                    message: "[\(definition.name)] \(error.message)", subgraphs: [definition.name])
            ])
        }
        do {
            try self.init(name: definition.name, url: definition.url, document: document)
        } catch {
            throw CompositionErrors([error])
        }
    }

    init(name: String, url: String, document: Document) throws(CompositionError) {
        var names: FederationNames
        do {
            names = try FederationNames(document: document)
        } catch {
            var error = error
            error.message = "[\(name)] " + error.message
            error.subgraphs = [name]
            throw error
        }
        // A directive nobody defines or imports is a typo (`@kye`) or a missing import:
        // ignoring it would drop what the author meant, so it is refused as graphql-js
        // and Apollo's composition refuse it.
        for error in validateSDL(document) where error.message.hasPrefix("Unknown directive \"@") {
            let directive = error.message.dropFirst("Unknown directive \"@".count)
                .prefix { $0 != "\"" }
            guard !names.isKnown(String(directive)) else { continue }
            throw CompositionError(
                code: "INVALID_GRAPHQL", message: "[\(name)] " + error.message, subgraphs: [name],
                locations: error.locations.map { "\(name):\($0.line):\($0.column)" })
        }
        self.init(name: name, url: url, isFederation2: names.isFederation2)
        source = document.source
        var reader = SubgraphReader(names: names, subgraph: self)
        try reader.read(document)
        self = reader.subgraph
    }
}

/// Walks a subgraph document into a `SubgraphSchema`.
private struct SubgraphReader {
    let names: FederationNames
    var subgraph: SubgraphSchema
    /// Types seen as a plain definition (not only as extensions).
    private var defined: Set<String> = []

    init(names: FederationNames, subgraph: SubgraphSchema) {
        self.names = names
        self.subgraph = subgraph
    }

    mutating func read(_ document: Document) throws(CompositionError) {
        for definition in document.definitions {
            switch definition {
            case .schema(let schema), .schemaExtension(let schema):
                for operation in schema.operationTypes {
                    subgraph.rootTypes[operation.operation] = operation.type.value
                }
            default: continue
            }
        }
        for definition in document.definitions {
            switch definition {
            case .type(let type): try add(type, isExtension: false)
            case .typeExtension(let type): try add(type, isExtension: true)
            case .directive(let directive) where names.composed.contains(directive.name.value):
                subgraph.composedDirectives[directive.name.value] = GraphQL.print(
                    Document(definitions: [.directive(directive)]))
            default: continue
            }
        }
        for name in names.composed {
            if let link = names.link(importing: name) {
                let text = SDLText.directive(link)
                if !subgraph.composedLinks.contains(text) { subgraph.composedLinks.append(text) }
            }
        }
        renameRootTypes()
        applyImplicitRules()
    }

    private func error(_ code: String, _ message: String, _ range: SourceRange?) -> CompositionError
    {
        CompositionError(
            code: code, message: "[\(subgraph.name)] \(message)", subgraphs: [subgraph.name],
            locations: subgraph.location(range))
    }

    private mutating func add(_ definition: TypeDefinition, isExtension: Bool)
        throws(CompositionError)
    {
        let name = definition.name.value
        if federationTypeNames.contains(name) { return }
        let kind: SubgraphType.Kind =
            switch definition {
            case .scalar: .scalar
            case .object: .object
            case .interface: .interface
            case .union: .union
            case .enumType: .enumType
            case .inputObject: .inputObject
            }
        var type =
            subgraph.types[name]
            ?? SubgraphType(
                name: name, kind: kind, description: definition.description?.value,
                location: definition.location)
        if subgraph.types[name] == nil { subgraph.typeOrder.append(name) }
        if type.kind != kind {
            throw error(
                "TYPE_KIND_MISMATCH",
                "Type \"\(name)\" is defined as both \(type.kind.rawValue) and \(kind.rawValue)",
                definition.location)
        }
        if !isExtension {
            defined.insert(name)
            type.isExtension = false
            if type.description == nil { type.description = definition.description?.value }
        } else if !defined.contains(name) {
            type.isExtension = true
        }
        try readTypeDirectives(definition.directives, into: &type, range: definition.location)

        switch definition {
        case .object(let object):
            type.interfaces += object.interfaces.map(\.value)
            for field in object.fields where !isFederationField(field, in: name) {
                type.fields.append(try readField(field, in: name))
            }
        case .interface(let interface):
            type.interfaces += interface.interfaces.map(\.value)
            for field in interface.fields { type.fields.append(try readField(field, in: name)) }
        case .union(let union):
            type.members += union.types.map(\.value)
        case .enumType(let enumType):
            for value in enumType.values {
                var item = SubgraphEnumValue(
                    name: value.name.value, description: value.description?.value)
                for directive in value.directives {
                    if names.federationName(directive) == "inaccessible" {
                        item.isInaccessible = true
                    }
                    if directive.name.value == "deprecated" { item.deprecated = directive }
                }
                type.enumValues.append(item)
            }
        case .inputObject(let input):
            type.inputFields += input.fields.map(readInputValue)
        case .scalar: break
        }
        subgraph.types[name] = type
    }

    static func isValidOverrideLabel(_ label: String) -> Bool {
        if label.hasPrefix("percent("), label.hasSuffix(")") {
            let number = label.dropFirst("percent(".count).dropLast()
            guard let value = Double(number), value >= 0, value <= 100 else { return false }
            return true
        }
        guard let first = label.unicodeScalars.first, first.properties.isAlphabetic,
            first.isASCII
        else { return false }
        return label.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "_-:.".unicodeScalars.contains(scalar))
        }
    }

    /// The application under federation's own name (`@federation__tag` prints as `@tag`).
    private static func renamed(_ directive: Directive, _ name: String) -> Directive {
        var copy = directive
        copy.name = Name(name)
        return copy
    }

    private func isFederationField(_ field: FieldDefinition, in type: String) -> Bool {
        let queryName = subgraph.rootTypes[.query] ?? "Query"
        return type == queryName
            && (field.name.value == "_entities" || field.name.value == "_service")
    }

    private func readTypeDirectives(
        _ directives: [Directive], into type: inout SubgraphType, range: SourceRange?
    ) throws(CompositionError) {
        for directive in directives {
            switch names.federationName(directive) {
            case "key":
                guard let text = directive.stringArgument("fields") else {
                    throw error(
                        "KEY_INVALID_FIELDS_TYPE", "@key on \"\(type.name)\" has no fields", range)
                }
                do {
                    let fields = try FieldSet(parsing: text)
                    let resolvable = directive.boolArgument("resolvable") ?? true
                    type.keys.append(SubgraphKey(fields: fields, resolvable: resolvable))
                } catch {
                    throw self.error(
                        "KEY_INVALID_FIELDS",
                        "On type \"\(type.name)\", for @key(fields: \"\(text)\"): \(error.message)",
                        range)
                }
            case "shareable": type.isShareable = true
            case "inaccessible": type.isInaccessible = true
            case "interfaceObject": type.isInterfaceObject = true
            case "context":
                if let name = directive.stringArgument("name") { type.contexts.append(name) }
            case "extends": type.isExtension = true
            case let name? where KeptSpec.names.contains(name):
                type.directives.append(Self.renamed(directive, name))
            case nil where names.composed.contains(directive.name.value):
                type.directives.append(directive)
            default: continue
            }
        }
    }

    private func readField(_ field: FieldDefinition, in typeName: String) throws(CompositionError)
        -> SubgraphField
    {
        var result = SubgraphField(
            name: field.name.value, description: field.description?.value, type: field.type,
            arguments: field.arguments.map(readInputValue), location: field.location)
        for directive in field.directives {
            switch names.federationName(directive) {
            case "external": result.isExternal = true
            case "shareable": result.isShareable = true
            case "inaccessible": result.isInaccessible = true
            case "requires":
                result.requires = try fieldSet(
                    directive, "REQUIRES_INVALID_FIELDS", typeName, field)
            case "provides":
                result.provides = try fieldSet(
                    directive, "PROVIDES_INVALID_FIELDS", typeName, field)
            case "override":
                result.overrideFrom = directive.stringArgument("from")
                result.overrideLabel = directive.stringArgument("label")
                if let label = result.overrideLabel, !Self.isValidOverrideLabel(label) {
                    throw error(
                        "OVERRIDE_LABEL_INVALID",
                        "Invalid @override label \"\(label)\" on field \"\(typeName).\(field.name.value)\": a label starts with a letter and holds letters, digits, \"_\", \"-\", \":\" and \".\", or is \"percent(N)\" with N from 0 to 100.",
                        field.location)
                }
            case let name? where KeptSpec.names.contains(name):
                result.directives.append(Self.renamed(directive, name))
            case nil where names.composed.contains(directive.name.value):
                result.directives.append(directive)
            default:
                if directive.name.value == "deprecated" { result.deprecated = directive }
            }
        }
        return result
    }

    private func fieldSet(
        _ directive: Directive, _ code: String, _ typeName: String, _ field: FieldDefinition
    ) throws(CompositionError) -> FieldSet {
        let text = directive.stringArgument("fields") ?? ""
        do {
            return try FieldSet(parsing: text)
        } catch {
            throw self.error(
                code,
                "On field \"\(typeName).\(field.name.value)\", for @\(directive.name.value)(fields: \"\(text)\"): \(error.message)",
                field.location)
        }
    }

    private func readInputValue(_ input: InputValueDefinition) -> SubgraphInputValue {
        var result = SubgraphInputValue(
            name: input.name.value, description: input.description?.value, type: input.type,
            defaultValue: input.defaultValue, location: input.location)
        for directive in input.directives {
            if names.federationName(directive) == "inaccessible" { result.isInaccessible = true }
            if names.federationName(directive) == "fromContext" {
                result.fromContext = directive.stringArgument("field")
            }
            if directive.name.value == "deprecated" { result.deprecated = directive }
        }
        return result
    }

    /// Gives root types their default names so subgraphs line up.
    private mutating func renameRootTypes() {
        let defaults: [(OperationType, String)] = [
            (.query, "Query"), (.mutation, "Mutation"), (.subscription, "Subscription"),
        ]
        for (operation, standard) in defaults {
            guard let custom = subgraph.rootTypes[operation], custom != standard,
                var type = subgraph.types.removeValue(forKey: custom)
            else { continue }
            type.name = standard
            subgraph.types[standard] = type
            if let index = subgraph.typeOrder.firstIndex(of: custom) {
                subgraph.typeOrder[index] = standard
            }
        }
        // Every subgraph serves a Query type: `_entities` and `_service` live there.
        if subgraph.types["Query"] == nil {
            subgraph.types["Query"] = SubgraphType(name: "Query", kind: .object)
            subgraph.typeOrder.append("Query")
        }
    }

    /// Fed 1 fields are all shareable and their key fields never external;
    /// Fed 2 key fields are shareable.
    private mutating func applyImplicitRules() {
        for name in subgraph.typeOrder {
            guard var type = subgraph.types[name], type.kind == .object || type.kind == .interface
            else { continue }
            let keyFields = Set(type.keys.flatMap(\.fields.fieldNames))
            for index in type.fields.indices {
                let isKeyField = keyFields.contains(type.fields[index].name)
                // `extend type T @key(fields: "id") { id: ID! @external }`: the subgraph
                // still answers the key (it is in every representation it gets).
                if isKeyField && type.isExtension { type.fields[index].isExternal = false }
                if !subgraph.isFederation2 {
                    type.fields[index].isShareable = true
                } else if isKeyField || type.isShareable {
                    type.fields[index].isShareable = true
                }
            }
            subgraph.types[name] = type
        }
    }
}
