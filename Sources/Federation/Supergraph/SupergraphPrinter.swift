import GraphQL

/// Prints a `SupergraphModel` as SDL: the supergraph (join v0.3) or the API schema.
///
/// The output depends only on the model, so equal models print byte for byte equal.
struct SupergraphPrinter {
    enum Mode { case supergraph, api }

    let model: SupergraphModel
    let mode: Mode

    func print() -> String {
        var blocks: [String] = []
        if mode == .supergraph {
            blocks.append(schemaBlock())
            blocks += Self.joinDefinitions(
                inaccessible: model.usesInaccessible,
                overrideLabel: model.usesOverrideLabel || model.usesContextArguments,
                contextArguments: model.usesContextArguments)
            blocks += model.usedSpecs.flatMap(\.definitions)
            blocks += model.directiveDefinitions.keys.sorted().map {
                model.directiveDefinitions[$0]!
            }
            blocks.append(graphEnum())
            blocks += Self.linkDefinitions
        } else {
            if let block = apiSchemaBlock() { blocks.append(block) }
            blocks += model.directiveDefinitions.keys.sorted().map {
                model.directiveDefinitions[$0]!
            }
        }
        for type in model.types where isPrinted(type) {
            blocks.append(typeBlock(type))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private var isAPI: Bool { mode == .api }

    private func isPrinted(_ type: SuperType) -> Bool { !(isAPI && type.isInaccessible) }

    private func schemaBlock() -> String {
        var lines = ["schema", "  @link(url: \"https://specs.apollo.dev/link/v1.0\")"]
        let join =
            model.usesContextArguments ? "v0.5" : model.usesOverrideLabel ? "v0.4" : "v0.3"
        lines.append("  @link(url: \"https://specs.apollo.dev/join/\(join)\", for: EXECUTION)")
        if model.usesInaccessible {
            lines.append(
                "  @link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)")
        }
        for spec in model.usedSpecs { lines.append("  " + spec.link) }
        for link in model.links { lines.append("  " + link) }
        lines.append("{")
        for operation in OperationType.allCases {
            if let name = model.rootTypes[operation] {
                lines.append("  \(operation.rawValue): \(name)")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// Only needed when root types are not named Query/Mutation/Subscription.
    private func apiSchemaBlock() -> String? {
        let standard: [OperationType: String] = [
            .query: "Query", .mutation: "Mutation", .subscription: "Subscription",
        ]
        guard model.rootTypes.contains(where: { standard[$0.key] != $0.value }) else { return nil }
        var lines = ["schema {"]
        for operation in OperationType.allCases {
            if let name = model.rootTypes[operation] {
                lines.append("  \(operation.rawValue): \(name)")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    static func joinDefinitions(inaccessible: Bool, overrideLabel: Bool, contextArguments: Bool)
        -> [String]
    {
        var label = overrideLabel ? ", overrideLabel: String" : ""
        if contextArguments { label += ", contextArguments: [join__ContextArgument!]" }
        var definitions = [
            "directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE",
            "directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean\(label)) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION",
            "directive @join__graph(name: String!, url: String!) on ENUM_VALUE",
            "directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE",
            "directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR",
            "directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION",
            "directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA",
        ]
        if inaccessible {
            definitions.insert(
                "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION",
                at: 0)
        }
        if contextArguments {
            definitions.append(
                "input join__ContextArgument {\n  name: String!\n  type: String!\n  context: String!\n  selection: join__FieldValue!\n}"
            )
            definitions.append("scalar join__FieldValue")
        }
        definitions.append("scalar join__FieldSet")
        return definitions
    }

    static let linkDefinitions = [
        "scalar link__Import",
        """
        enum link__Purpose {
          \"\"\"
          `SECURITY` features provide metadata necessary to securely resolve fields.
          \"\"\"
          SECURITY

          \"\"\"
          `EXECUTION` features provide metadata necessary for operation execution.
          \"\"\"
          EXECUTION
        }
        """,
    ]

    private func graphEnum() -> String {
        var lines = ["enum join__Graph {"]
        for graph in model.graphs {
            lines.append(
                "  \(graph.enumName) @join__graph(name: \(SDLText.string(graph.name)), url: \(SDLText.string(graph.url)))"
            )
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    // MARK: - Types

    private func typeBlock(_ type: SuperType) -> String {
        var text = SDLText.description(type.description, indent: "")
        let keyword: String =
            switch type.kind {
            case .scalar: "scalar"
            case .object: "type"
            case .interface: "interface"
            case .union: "union"
            case .enumType: "enum"
            case .inputObject: "input"
            }
        text += "\(keyword) \(type.name)"
        let interfaces = type.interfaces.filter { model.type($0).map(isPrinted) ?? true }
        if !interfaces.isEmpty { text += " implements " + interfaces.joined(separator: " & ") }
        let directives = typeDirectives(type)
        if !directives.isEmpty {
            text += "\n" + directives.map { "  " + $0 }.joined(separator: "\n")
        }

        switch type.kind {
        case .scalar:
            return text
        case .union:
            let members = type.members.filter { model.type($0).map(isPrinted) ?? true }
            return text + (directives.isEmpty ? " = " : "\n = ") + members.joined(separator: " | ")
        case .object, .interface:
            let fields = type.fields.filter { !(isAPI && $0.isInaccessible) }
            return text + body(fields.map(fieldLine), directives: directives)
        case .enumType:
            let values = type.enumValues.filter { !(isAPI && $0.isInaccessible) }
            return text + body(values.map(enumValueLine), directives: directives)
        case .inputObject:
            let fields = type.inputFields.filter { !(isAPI && $0.isInaccessible) }
            return text + body(fields.map { inputLine($0, indent: "  ") }, directives: directives)
        }
    }

    private func body(_ lines: [String], directives: [String]) -> String {
        (directives.isEmpty ? " {\n" : "\n{\n") + lines.joined(separator: "\n") + "\n}"
    }

    /// Directive applications kept beside the join ones (the kept specs' not in the API schema).
    private func keptDirectives(_ directives: [Directive]) -> [String] {
        directives.filter { !(isAPI && KeptSpec.names.contains($0.name.value)) }.map(
            SDLText.directive)
    }

    private func typeDirectives(_ type: SuperType) -> [String] {
        guard !isAPI else { return keptDirectives(type.directives) }
        var lines: [String] = []
        for join in type.joinTypes {
            var arguments = ["graph: \(join.graph)"]
            if let key = join.key { arguments.append("key: \(SDLText.string(key))") }
            if join.isExtension { arguments.append("extension: true") }
            if !join.isResolvable { arguments.append("resolvable: false") }
            if join.isInterfaceObject { arguments.append("isInterfaceObject: true") }
            lines.append("@join__type(\(arguments.joined(separator: ", ")))")
        }
        for item in type.implements {
            lines.append(
                "@join__implements(graph: \(item.graph), interface: \(SDLText.string(item.interface)))"
            )
        }
        for item in type.unionMembers {
            lines.append(
                "@join__unionMember(graph: \(item.graph), member: \(SDLText.string(item.member)))")
        }
        if type.isInaccessible { lines.append("@inaccessible") }
        return lines + keptDirectives(type.directives)
    }

    private func fieldLine(_ field: SuperField) -> String {
        var text = SDLText.description(field.description, indent: "  ")
        let arguments = field.arguments.filter { !(isAPI && $0.isInaccessible) }
        text += "  \(field.name)"
        if arguments.contains(where: { $0.description != nil }) {
            text +=
                "(\n" + arguments.map { inputLine($0, indent: "    ") }.joined(separator: "\n")
                + "\n  )"
        } else if !arguments.isEmpty {
            text += "(" + arguments.map { inputLine($0, indent: "") }.joined(separator: ", ") + ")"
        }
        text += ": \(SDLText.type(field.type))"
        if let deprecated = field.deprecated { text += " " + SDLText.directive(deprecated) }
        if !isAPI {
            for join in field.joinFields { text += " " + joinFieldText(join) }
            if field.isInaccessible { text += " @inaccessible" }
        }
        for directive in keptDirectives(field.directives) { text += " " + directive }
        return text
    }

    private func joinFieldText(_ join: JoinField) -> String {
        var arguments: [String] = []
        if let graph = join.graph { arguments.append("graph: \(graph)") }
        if let requires = join.requires {
            arguments.append("requires: \(SDLText.string(requires))")
        }
        if let provides = join.provides {
            arguments.append("provides: \(SDLText.string(provides))")
        }
        if let type = join.type { arguments.append("type: \(SDLText.string(type))") }
        if join.isExternal { arguments.append("external: true") }
        if let override = join.override {
            arguments.append("override: \(SDLText.string(override))")
        }
        if join.usedOverridden { arguments.append("usedOverridden: true") }
        if let label = join.overrideLabel {
            arguments.append("overrideLabel: \(SDLText.string(label))")
        }
        if !join.contextArguments.isEmpty {
            let items = join.contextArguments.map {
                "{context: \(SDLText.string($0.context)), name: \(SDLText.string($0.name)), type: \(SDLText.string($0.type)), selection: \(SDLText.string($0.selection))}"
            }
            arguments.append("contextArguments: [\(items.joined(separator: ", "))]")
        }
        return arguments.isEmpty
            ? "@join__field" : "@join__field(\(arguments.joined(separator: ", ")))"
    }

    private func inputLine(_ input: SuperInputValue, indent: String) -> String {
        var text = indent.isEmpty ? "" : SDLText.description(input.description, indent: indent)
        text += "\(indent)\(input.name): \(SDLText.type(input.type))"
        if let value = input.defaultValue { text += " = \(SDLText.value(value))" }
        if let deprecated = input.deprecated { text += " " + SDLText.directive(deprecated) }
        if !isAPI && input.isInaccessible { text += " @inaccessible" }
        return text
    }

    private func enumValueLine(_ value: SuperEnumValue) -> String {
        var text = SDLText.description(value.description, indent: "  ") + "  \(value.name)"
        if let deprecated = value.deprecated { text += " " + SDLText.directive(deprecated) }
        if !isAPI {
            for graph in value.graphs { text += " @join__enumValue(graph: \(graph))" }
            if value.isInaccessible { text += " @inaccessible" }
        }
        return text
    }
}
