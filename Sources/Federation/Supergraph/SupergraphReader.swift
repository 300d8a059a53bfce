import GraphQL

/// Rebuilds a `SupergraphModel` from supergraph SDL (join v0.2 to v0.5 directives).
struct SupergraphReader {
    struct Failure: Error, Sendable, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func read(_ document: Document) throws(Failure) -> SupergraphModel {
        var model = SupergraphModel()
        for definition in document.definitions {
            switch definition {
            case .schema(let schema), .schemaExtension(let schema):
                for operation in schema.operationTypes {
                    model.rootTypes[operation.operation] = operation.type.value
                }
                for link in schema.directives where link.name.value == "link" {
                    guard let url = link.stringArgument("url"),
                        !url.hasPrefix("https://specs.apollo.dev/")
                    else { continue }
                    model.links.append(SDLText.directive(link))
                }
            case .directive(let directive):
                let name = directive.name.value
                guard !name.hasPrefix("join__"), !Self.specDirectives.contains(name) else {
                    continue
                }
                model.directiveDefinitions[name] = GraphQL.print(
                    Document(definitions: [.directive(directive)]))
            case .type(let type), .typeExtension(let type):
                if case .enumType(let graphs) = type, graphs.name.value == "join__Graph" {
                    model.graphs = try readGraphs(graphs)
                    continue
                }
                let name = type.name.value
                if name.hasPrefix("join__") || name.hasPrefix("link__")
                    || KeptSpec.typePrefixes.contains(where: name.hasPrefix)
                {
                    continue
                }
                model.types.append(try readType(type))
            default:
                continue
            }
        }
        guard !model.graphs.isEmpty else {
            throw Failure(message: "The supergraph has no join__Graph enum")
        }
        return model
    }

    private static func readGraphs(_ definition: EnumTypeDefinition) throws(Failure) -> [JoinGraph]
    {
        try definition.values.map { value throws(Failure) in
            guard let directive = value.directives.first(where: { $0.name.value == "join__graph" }),
                let name = directive.stringArgument("name")
            else {
                throw Failure(message: "join__Graph value \(value.name.value) has no @join__graph")
            }
            return JoinGraph(
                enumName: value.name.value, name: name, url: directive.stringArgument("url") ?? "")
        }
    }

    /// Directives the supergraph's linked specs define (not composed ones).
    static let specDirectives: Set<String> = Set(["link", "inaccessible", "deprecated"])
        .union(KeptSpec.names)

    /// Whether an application is kept as a `@tag` or composed directive.
    private static func isKept(_ directive: Directive) -> Bool {
        let name = directive.name.value
        return !name.hasPrefix("join__") && name != "inaccessible" && name != "deprecated"
            && name != "link"
    }

    private static func enumArgument(_ directive: Directive, _ name: String) -> String? {
        if case .enumValue(let value) = directive.argument(name)?.kind { return value }
        return nil
    }

    private static func readType(_ definition: TypeDefinition) throws(Failure) -> SuperType {
        let kind: SubgraphType.Kind =
            switch definition {
            case .scalar: .scalar
            case .object: .object
            case .interface: .interface
            case .union: .union
            case .enumType: .enumType
            case .inputObject: .inputObject
            }
        var type = SuperType(
            name: definition.name.value, kind: kind, description: definition.description?.value)
        for directive in definition.directives {
            switch directive.name.value {
            case "join__type":
                guard let graph = enumArgument(directive, "graph") else {
                    throw Failure(message: "@join__type on \(type.name) has no graph")
                }
                type.joinTypes.append(
                    JoinType(
                        graph: graph, key: directive.stringArgument("key"),
                        isExtension: directive.boolArgument("extension") ?? false,
                        isResolvable: directive.boolArgument("resolvable") ?? true,
                        isInterfaceObject: directive.boolArgument("isInterfaceObject") ?? false))
            case "join__implements":
                if let graph = enumArgument(directive, "graph"),
                    let interface = directive.stringArgument("interface")
                {
                    type.implements.append((graph: graph, interface: interface))
                }
            case "join__unionMember":
                if let graph = enumArgument(directive, "graph"),
                    let member = directive.stringArgument("member")
                {
                    type.unionMembers.append((graph: graph, member: member))
                }
            case "inaccessible":
                type.isInaccessible = true
            default:
                if isKept(directive) { type.directives.append(directive) }
            }
        }
        switch definition {
        case .object(let object):
            type.interfaces = object.interfaces.map(\.value)
            type.fields = object.fields.map(readField)
        case .interface(let interface):
            type.interfaces = interface.interfaces.map(\.value)
            type.fields = interface.fields.map(readField)
        case .union(let union):
            type.members = union.types.map(\.value)
        case .enumType(let enumType):
            type.enumValues = enumType.values.map { value in
                var item = SuperEnumValue(
                    name: value.name.value, description: value.description?.value)
                for directive in value.directives {
                    switch directive.name.value {
                    case "join__enumValue":
                        if let graph = enumArgument(directive, "graph") {
                            item.graphs.append(graph)
                        }
                    case "inaccessible": item.isInaccessible = true
                    case "deprecated": item.deprecated = directive
                    default: continue
                    }
                }
                return item
            }
        case .inputObject(let input):
            type.inputFields = input.fields.map(readInputValue)
        case .scalar:
            break
        }
        return type
    }

    private static func readField(_ definition: FieldDefinition) -> SuperField {
        var field = SuperField(
            name: definition.name.value, description: definition.description?.value,
            type: definition.type, arguments: definition.arguments.map(readInputValue))
        for directive in definition.directives {
            switch directive.name.value {
            case "join__field":
                field.joinFields.append(
                    JoinField(
                        graph: enumArgument(directive, "graph"),
                        requires: directive.stringArgument("requires"),
                        provides: directive.stringArgument("provides"),
                        type: directive.stringArgument("type"),
                        isExternal: directive.boolArgument("external") ?? false,
                        override: directive.stringArgument("override"),
                        overrideLabel: directive.stringArgument("overrideLabel"),
                        usedOverridden: directive.boolArgument("usedOverridden") ?? false,
                        contextArguments: contextArguments(directive)))
            case "inaccessible": field.isInaccessible = true
            case "deprecated": field.deprecated = directive
            default: if isKept(directive) { field.directives.append(directive) }
            }
        }
        return field
    }

    /// `contextArguments: [{context:, name:, type:, selection:}]` of a `@join__field`.
    private static func contextArguments(_ directive: Directive) -> [JoinContextArgument] {
        guard case .list(let items)? = directive.argument("contextArguments")?.kind else {
            return []
        }
        return items.compactMap { item in
            guard case .object(let fields) = item.kind else { return nil }
            var values: [String: String] = [:]
            for field in fields {
                if case .string(let text, _) = field.value.kind { values[field.name.value] = text }
            }
            guard let context = values["context"], let name = values["name"],
                let type = values["type"], let selection = values["selection"]
            else { return nil }
            return JoinContextArgument(
                context: context, name: name, type: type, selection: selection)
        }
    }

    private static func readInputValue(_ definition: InputValueDefinition) -> SuperInputValue {
        var value = SuperInputValue(
            name: definition.name.value, description: definition.description?.value,
            type: definition.type, defaultValue: definition.defaultValue)
        for directive in definition.directives {
            if directive.name.value == "inaccessible" { value.isInaccessible = true }
            if directive.name.value == "deprecated" { value.deprecated = directive }
        }
        return value
    }
}
