import GraphQL

/// Merges each named type across the subgraphs that define it and records where
/// every element lives (composition's merge step).
struct TypeMerger {
    let subgraphs: [SubgraphSchema]
    private(set) var errors: [CompositionError] = []
    private var graphOf: [String: String] = [:]
    private var inputEnums: Set<String> = []
    private var outputEnums: Set<String> = []

    init(subgraphs: [SubgraphSchema]) {
        self.subgraphs = subgraphs
    }

    mutating func merge() -> SupergraphModel {
        var model = SupergraphModel()
        var used: Set<String> = []
        for subgraph in subgraphs {
            var enumName = Composer.graphEnumName(subgraph.name)
            while used.contains(enumName) { enumName += "_" }
            used.insert(enumName)
            graphOf[subgraph.name] = enumName
            model.graphs.append(
                JoinGraph(enumName: enumName, name: subgraph.name, url: subgraph.url))
        }
        model.graphs.sort { $0.enumName < $1.enumName }
        collectEnumUsage()

        var names: Set<String> = []
        for subgraph in subgraphs { names.formUnion(subgraph.types.keys) }
        for name in names.sorted() {
            let definitions = subgraphs.compactMap { subgraph in
                subgraph.types[name].map { (subgraph: subgraph, type: $0) }
            }
            if let type = mergeType(name, definitions) { model.types.append(type) }
        }
        addInterfaceObjectFields(&model)
        for subgraph in subgraphs {
            for (name, text) in subgraph.composedDirectives
            where model.directiveDefinitions[name] == nil {
                model.directiveDefinitions[name] = text
            }
            for link in subgraph.composedLinks where !model.links.contains(link) {
                model.links.append(link)
            }
        }
        model.rootTypes = [.query: "Query"]
        for operation in [OperationType.mutation, .subscription] {
            let name = operation == .mutation ? "Mutation" : "Subscription"
            if names.contains(name) { model.rootTypes[operation] = name }
        }
        return model
    }

    /// `"$userContext { currency }"` as a join context argument of `subgraph`.
    static func contextArgument(
        _ argument: SubgraphInputValue, _ field: String, in subgraph: SubgraphSchema
    ) -> JoinContextArgument? {
        guard field.hasPrefix("$") else { return nil }
        let rest = field.dropFirst()
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        let selection = rest.dropFirst(name.count).trimmingPrefix(while: { $0 == " " })
        guard !name.isEmpty, !selection.isEmpty else { return nil }
        return JoinContextArgument(
            context: "\(subgraph.name)__\(name)", name: argument.name,
            type: SDLText.type(argument.type), selection: String(selection))
    }

    /// Directive applications of several subgraphs, each distinct one once.
    /// `@requiresScopes` and `@policy` merge into one application whose
    /// alternatives are every subgraph's alternatives.
    static func union(_ lists: [[Directive]]) -> [Directive] {
        var seen: Set<String> = []
        var result: [Directive] = []
        for directive in lists.joined() where seen.insert(SDLText.directive(directive)).inserted {
            let name = directive.name.value
            if let argument = KeptSpec.mergedLists[name],
                let index = result.firstIndex(where: { $0.name.value == name }),
                case .list(let existing)? = result[index].argument(argument)?.kind,
                case .list(let incoming)? = directive.argument(argument)?.kind
            {
                var merged = existing
                for item in incoming
                where !merged.contains(where: { SDLText.value($0) == SDLText.value(item) }) {
                    merged.append(item)
                }
                var combined = result[index]
                combined.arguments = [
                    Argument(name: Name(argument), value: Value(.list(merged)))
                ]
                result[index] = combined
                continue
            }
            result.append(directive)
        }
        return result
    }

    /// Fields an @interfaceObject adds to an interface also belong to each
    /// implementation; no subgraph resolves them there directly (bare `@join__field`).
    private func addInterfaceObjectFields(_ model: inout SupergraphModel) {
        for interface in model.types where interface.kind == .interface {
            guard interface.joinTypes.contains(where: \.isInterfaceObject) else { continue }
            for index in model.types.indices
            where model.types[index].interfaces.contains(interface.name) {
                for field in interface.fields where model.types[index].field(field.name) == nil {
                    var copy = field
                    copy.joinFields = [JoinField(graph: nil)]
                    model.types[index].fields.append(copy)
                }
            }
        }
    }

    private mutating func collectEnumUsage() {
        for subgraph in subgraphs {
            for type in subgraph.types.values {
                for field in type.fields {
                    outputEnums.insert(field.type.namedType.value)
                    for argument in field.arguments {
                        inputEnums.insert(argument.type.namedType.value)
                    }
                }
                for field in type.inputFields { inputEnums.insert(field.type.namedType.value) }
            }
        }
    }

    private func graph(_ subgraph: SubgraphSchema) -> String {
        graphOf[subgraph.name] ?? subgraph.name
    }

    private mutating func mergeType(
        _ name: String, _ definitions: [(subgraph: SubgraphSchema, type: SubgraphType)]
    ) -> SuperType? {
        guard var first = definitions.first else { return nil }
        // An @interfaceObject stands for an interface another subgraph defines.
        if let interface = definitions.first(where: { $0.type.kind == .interface }),
            definitions.allSatisfy({ $0.type.kind == .interface || $0.type.isInterfaceObject })
        {
            first = interface
        }
        for other in definitions where other.type.kind != first.type.kind {
            if first.type.kind == .interface && other.type.isInterfaceObject { continue }
            errors.append(
                CompositionError(
                    code: "TYPE_KIND_MISMATCH",
                    message:
                        "Type \"\(name)\" has mismatched kind: it is defined as \(first.type.kind.rawValue) in subgraph \"\(first.subgraph.name)\" but \(other.type.kind.rawValue) in subgraph \"\(other.subgraph.name)\"",
                    subgraphs: [first.subgraph.name, other.subgraph.name],
                    locations: first.subgraph.location(first.type.location)
                        + other.subgraph.location(other.type.location)))
            return nil
        }
        var type = SuperType(name: name, kind: first.type.kind)
        type.description = definitions.lazy.compactMap(\.type.description).first
        type.isInaccessible = definitions.contains { $0.type.isInaccessible }
        type.directives = Self.union(definitions.map(\.type.directives))
        for (subgraph, subType) in definitions {
            for context in subType.contexts {
                type.directives.append(
                    Directive(
                        name: Name("context"),
                        arguments: [
                            Argument(
                                name: Name("name"),
                                value: Value(
                                    .string("\(subgraph.name)__\(context)", isBlock: false)))
                        ]))
            }
        }

        let allGraphs = name == "Query"
        for (subgraph, subType) in definitions {
            let graph = graph(subgraph)
            if subType.keys.isEmpty {
                type.joinTypes.append(
                    JoinType(graph: graph, isInterfaceObject: subType.isInterfaceObject))
            }
            for key in subType.keys {
                type.joinTypes.append(
                    JoinType(
                        graph: graph, key: key.fields.description,
                        isExtension: subType.isExtension && !subgraph.isFederation2,
                        isResolvable: key.resolvable, isInterfaceObject: subType.isInterfaceObject))
            }
        }
        _ = allGraphs

        switch first.type.kind {
        case .object, .interface:
            for (subgraph, subType) in definitions {
                for interface in subType.interfaces {
                    if !type.interfaces.contains(interface) { type.interfaces.append(interface) }
                    type.implements.append((graph: graph(subgraph), interface: interface))
                }
            }
            mergeFields(into: &type, definitions)
        case .union:
            for (subgraph, subType) in definitions {
                for member in subType.members {
                    if !type.members.contains(member) { type.members.append(member) }
                    type.unionMembers.append((graph: graph(subgraph), member: member))
                }
            }
            type.members.sort()
        case .enumType:
            mergeEnum(into: &type, definitions)
        case .inputObject:
            mergeInputFields(into: &type, definitions)
        case .scalar:
            break
        }
        return type
    }

    // MARK: - Output fields

    private mutating func mergeFields(
        into type: inout SuperType, _ definitions: [(subgraph: SubgraphSchema, type: SubgraphType)]
    ) {
        var order: [String] = []
        for (_, subType) in definitions {
            for field in subType.fields where !order.contains(field.name) {
                order.append(field.name)
            }
        }
        let typeGraphs = definitions.map { graph($0.subgraph) }
        for fieldName in order {
            var sites = definitions.compactMap { site in
                site.type.field(fieldName).map {
                    (subgraph: site.subgraph, type: site.type, field: $0)
                }
            }
            let coordinate = "\(type.name).\(fieldName)"

            // @override: the overridden copies stop resolving the field.
            var overridden: Set<String> = []
            var progressive: Set<String> = []
            for site in sites {
                guard let from = site.field.overrideFrom else { continue }
                if from == site.subgraph.name {
                    errors.append(
                        CompositionError(
                            code: "OVERRIDE_FROM_SELF_ERROR",
                            message:
                                "Source and destination subgraphs \"\(from)\" are the same for overridden field \"\(coordinate)\"",
                            subgraphs: [from],
                            locations: site.subgraph.location(site.field.location)))
                    continue
                }
                if let source = sites.first(where: { $0.subgraph.name == from }),
                    source.field.overrideFrom != nil
                {
                    errors.append(
                        CompositionError(
                            code: "OVERRIDE_SOURCE_HAS_OVERRIDE",
                            message:
                                "Field \"\(coordinate)\" on subgraph \"\(site.subgraph.name)\" is also marked with directive @override in subgraph \"\(from)\". Only one @override directive is allowed per field.",
                            subgraphs: [site.subgraph.name, from],
                            locations: site.subgraph.location(site.field.location)
                                + source.subgraph.location(source.field.location)))
                    continue
                }
                // Progressive override (a label): both copies stay; the planner picks
                // one per request from the labels in effect.
                if site.field.overrideLabel != nil {
                    progressive.insert(from)
                } else {
                    overridden.insert(from)
                }
            }
            sites.removeAll { overridden.contains($0.subgraph.name) && !$0.field.isExternal }

            let resolving = sites.filter { !$0.field.isExternal }
            checkSharing(
                coordinate, type: type, resolving.filter { !progressive.contains($0.subgraph.name) }
            )

            // @external copies must agree too, but that is EXTERNAL_TYPE_MISMATCH's to say.
            let typed = resolving.isEmpty ? sites : resolving
            var merged = typed[0].field.type
            var compatible = true
            for site in typed.dropFirst() {
                if let common = Self.outputSupertype(merged, site.field.type) {
                    merged = common
                } else {
                    compatible = false
                    errors.append(
                        CompositionError(
                            code: "FIELD_TYPE_MISMATCH",
                            message:
                                "Type of field \"\(coordinate)\" is incompatible across subgraphs: it has type \"\(SDLText.type(typed[0].field.type))\" in subgraph \"\(typed[0].subgraph.name)\" but type \"\(SDLText.type(site.field.type))\" in subgraph \"\(site.subgraph.name)\"",
                            subgraphs: [typed[0].subgraph.name, site.subgraph.name],
                            locations: typed[0].subgraph.location(typed[0].field.location)
                                + site.subgraph.location(site.field.location)))
                }
            }
            guard compatible else { continue }

            var field = SuperField(name: fieldName, type: merged)
            field.description = sites.lazy.compactMap(\.field.description).first
            field.isInaccessible = sites.contains { $0.field.isInaccessible }
            field.deprecated = sites.lazy.compactMap(\.field.deprecated).first
            field.directives = Self.union(sites.map(\.field.directives))
            // Arguments filled from a @context are the gateway's, not the clients'.
            field.arguments = mergeArguments(
                coordinate,
                (resolving.isEmpty ? sites : resolving).map { site in
                    var clientFacing = site.field
                    clientFacing.arguments.removeAll { $0.fromContext != nil }
                    return (site.subgraph, clientFacing)
                })

            let mergedText = SDLText.type(merged)
            let siteGraphs = sites.map { graph($0.subgraph) }
            let isPlain = sites.allSatisfy { site in
                !site.field.isExternal && site.field.requires == nil && site.field.provides == nil
                    && site.field.overrideFrom == nil && SDLText.type(site.field.type) == mergedText
                    && !site.field.arguments.contains { $0.fromContext != nil }
            }
            if !(isPlain && siteGraphs == typeGraphs) {
                field.joinFields = sites.map { site in
                    JoinField(
                        graph: graph(site.subgraph), requires: site.field.requires?.description,
                        provides: site.field.provides?.description,
                        type: SDLText.type(site.field.type) == mergedText
                            ? nil : SDLText.type(site.field.type),
                        isExternal: site.field.isExternal,
                        override: site.field.overrideFrom,
                        overrideLabel: site.field.overrideLabel,
                        contextArguments: site.field.arguments.compactMap { argument in
                            argument.fromContext.flatMap {
                                Self.contextArgument(argument, $0, in: site.subgraph)
                            }
                        })
                }
            }
            type.fields.append(field)
        }
    }

    private mutating func checkSharing(
        _ coordinate: String, type: SuperType,
        _ resolving: [(subgraph: SubgraphSchema, type: SubgraphType, field: SubgraphField)]
    ) {
        guard resolving.count > 1, type.kind == .object else { return }
        let unshared = resolving.filter { !$0.field.isShareable && !$0.type.isShareable }
        guard !unshared.isEmpty else { return }
        let all = resolving.map { "\"\($0.subgraph.name)\"" }
        let list =
            all.count == 2
            ? "\(all[0]) and \(all[1])"
            : all.dropLast().joined(separator: ", ") + " and " + all.last!
        let bad = unshared.map { "\"\($0.subgraph.name)\"" }
        let badText =
            bad.count == 1
            ? "subgraph \(bad[0])"
            : "subgraphs " + bad.dropLast().joined(separator: ", ") + " and " + bad.last!
        errors.append(
            CompositionError(
                code: "INVALID_FIELD_SHARING",
                message:
                    "Non-shareable field \"\(coordinate)\" is resolved from multiple subgraphs: it is resolved from subgraphs \(list) and defined as non-shareable in \(badText)",
                subgraphs: resolving.map(\.subgraph.name),
                locations: resolving.flatMap { $0.subgraph.location($0.field.location) }))
    }

    /// Arguments merge by intersection; a required argument must be everywhere.
    private mutating func mergeArguments(
        _ coordinate: String, _ sites: [(SubgraphSchema, SubgraphField)]
    ) -> [SuperInputValue] {
        var order: [String] = []
        for (_, field) in sites {
            for argument in field.arguments where !order.contains(argument.name) {
                order.append(argument.name)
            }
        }
        var result: [SuperInputValue] = []
        for name in order {
            let present = sites.compactMap { site in
                site.1.arguments.first { $0.name == name }.map { (subgraph: site.0, value: $0) }
            }
            if present.count < sites.count {
                if let required = present.first(where: { Self.isRequired($0.value) }) {
                    let missing = sites.first { site in
                        !site.1.arguments.contains { $0.name == name }
                    }!
                    errors.append(
                        CompositionError(
                            code: "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH",
                            message:
                                "Argument \"\(coordinate)(\(name):)\" is required in some subgraphs but does not appear in all subgraphs: it is required in subgraph \"\(required.subgraph.name)\" but does not appear in subgraph \"\(missing.0.name)\"",
                            subgraphs: [required.subgraph.name, missing.0.name],
                            locations: required.subgraph.location(required.value.location)
                                + missing.0.location(missing.1.location)))
                }
                continue
            }
            if let value = mergeInputValue(
                "\(coordinate)(\(name):)", present, code: "FIELD_ARGUMENT_TYPE_MISMATCH")
            {
                result.append(value)
            }
        }
        return result
    }

    private static func isRequired(_ value: SubgraphInputValue) -> Bool {
        if case .nonNull = value.type, value.defaultValue == nil { return true }
        return false
    }

    private mutating func mergeInputValue(
        _ coordinate: String, _ present: [(subgraph: SubgraphSchema, value: SubgraphInputValue)],
        code: String
    ) -> SuperInputValue? {
        var merged = present[0].value.type
        for site in present.dropFirst() {
            guard let common = Self.inputSubtype(merged, site.value.type) else {
                errors.append(
                    CompositionError(
                        code: code,
                        message:
                            "Type of \"\(coordinate)\" is incompatible across subgraphs: it has type \"\(SDLText.type(present[0].value.type))\" in subgraph \"\(present[0].subgraph.name)\" but type \"\(SDLText.type(site.value.type))\" in subgraph \"\(site.subgraph.name)\"",
                        subgraphs: [present[0].subgraph.name, site.subgraph.name],
                        locations: present[0].subgraph.location(present[0].value.location)
                            + site.subgraph.location(site.value.location)))
                return nil
            }
            merged = common
        }
        let defaults = present.compactMap(\.value.defaultValue)
        if let first = defaults.first,
            defaults.count != present.count
                || defaults.contains(where: { SDLText.value($0) != SDLText.value(first) })
        {
            let names = present.map { "\"\($0.subgraph.name)\"" }.joined(separator: ", ")
            errors.append(
                CompositionError(
                    code: code == "FIELD_ARGUMENT_TYPE_MISMATCH"
                        ? "FIELD_ARGUMENT_DEFAULT_MISMATCH" : "INPUT_FIELD_DEFAULT_MISMATCH",
                    message:
                        "\"\(coordinate)\" has incompatible default values across subgraphs \(names)",
                    subgraphs: present.map(\.subgraph.name)))
        }
        return SuperInputValue(
            name: present[0].value.name,
            description: present.lazy.compactMap(\.value.description).first,
            type: merged, defaultValue: defaults.first,
            isInaccessible: present.contains { $0.value.isInaccessible },
            deprecated: present.lazy.compactMap(\.value.deprecated).first)
    }

    // MARK: - Input objects and enums

    private mutating func mergeInputFields(
        into type: inout SuperType, _ definitions: [(subgraph: SubgraphSchema, type: SubgraphType)]
    ) {
        var order: [String] = []
        for (_, subType) in definitions {
            for field in subType.inputFields where !order.contains(field.name) {
                order.append(field.name)
            }
        }
        for name in order {
            let present = definitions.compactMap { site in
                site.type.inputFields.first { $0.name == name }.map {
                    (subgraph: site.subgraph, value: $0)
                }
            }
            let coordinate = "\(type.name).\(name)"
            if present.count < definitions.count {
                if let required = present.first(where: { Self.isRequired($0.value) }) {
                    let missing = definitions.first { site in
                        !site.type.inputFields.contains { $0.name == name }
                    }!
                    errors.append(
                        CompositionError(
                            code: "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH",
                            message:
                                "Input object field \"\(coordinate)\" is required in some subgraphs but does not appear in all subgraphs: it is required in subgraph \"\(required.subgraph.name)\" but does not appear in subgraph \"\(missing.subgraph.name)\"",
                            subgraphs: [required.subgraph.name, missing.subgraph.name],
                            locations: required.subgraph.location(required.value.location)
                                + missing.subgraph.location(missing.type.location)))
                }
                continue
            }
            if let value = mergeInputValue(coordinate, present, code: "FIELD_TYPE_MISMATCH") {
                type.inputFields.append(value)
            }
        }
    }

    private mutating func mergeEnum(
        into type: inout SuperType, _ definitions: [(subgraph: SubgraphSchema, type: SubgraphType)]
    ) {
        let isInput = inputEnums.contains(type.name)
        let isOutput = outputEnums.contains(type.name)
        var order: [String] = []
        for (_, subType) in definitions {
            for value in subType.enumValues where !order.contains(value.name) {
                order.append(value.name)
            }
        }
        for name in order {
            let present = definitions.compactMap { site in
                site.type.enumValues.first { $0.name == name }.map {
                    (subgraph: site.subgraph, value: $0)
                }
            }
            if present.count < definitions.count {
                if isInput && isOutput {
                    let missing = definitions.first { site in
                        !site.type.enumValues.contains { $0.name == name }
                    }!
                    errors.append(
                        CompositionError(
                            code: "ENUM_VALUE_MISMATCH",
                            message:
                                "Enum type \"\(type.name)\" is used as both input type and output type, but value \"\(name)\" is not defined in all the subgraphs defining \"\(type.name)\": \"\(name)\" is defined in subgraph \"\(present[0].subgraph.name)\" but not in subgraph \"\(missing.subgraph.name)\"",
                            subgraphs: [present[0].subgraph.name, missing.subgraph.name],
                            locations: present[0].subgraph.location(
                                present[0].subgraph.types[type.name]?.location)
                                + missing.subgraph.location(missing.type.location)))
                    continue
                }
                if isInput { continue }
            }
            type.enumValues.append(
                SuperEnumValue(
                    name: name, description: present.lazy.compactMap(\.value.description).first,
                    graphs: present.map { graph($0.subgraph) },
                    isInaccessible: present.contains { $0.value.isInaccessible },
                    deprecated: present.lazy.compactMap(\.value.deprecated).first))
        }
    }

    // MARK: - Type compatibility

    /// The common output type: nullable where either is; nil when shapes differ.
    static func outputSupertype(_ a: TypeReference, _ b: TypeReference) -> TypeReference? {
        switch (a, b) {
        case (.nonNull(let x, _), .nonNull(let y, _)): outputSupertype(x, y).map { .nonNull($0) }
        case (.nonNull(let x, _), _): outputSupertype(x, b)
        case (_, .nonNull(let y, _)): outputSupertype(a, y)
        case (.list(let x, _), .list(let y, _)): outputSupertype(x, y).map { .list($0) }
        case (.named(let x), .named(let y)): x.value == y.value ? .named(Name(x.value)) : nil
        default: nil
        }
    }

    /// The common input type: non-null where either is; nil when shapes differ.
    static func inputSubtype(_ a: TypeReference, _ b: TypeReference) -> TypeReference? {
        switch (a, b) {
        case (.nonNull(let x, _), .nonNull(let y, _)): inputSubtype(x, y).map { .nonNull($0) }
        case (.nonNull(let x, _), _): inputSubtype(x, b).map { .nonNull($0) }
        case (_, .nonNull(let y, _)): inputSubtype(a, y).map { .nonNull($0) }
        case (.list(let x, _), .list(let y, _)): inputSubtype(x, y).map { .list($0) }
        case (.named(let x), .named(let y)): x.value == y.value ? .named(Name(x.value)) : nil
        default: nil
        }
    }
}
