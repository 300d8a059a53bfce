import GraphQL

/// Splits a normalized operation into fetch groups (the planner's core pass).
///
/// Walks the client's selections depth first, keeping each field in the
/// subgraph of the enclosing fetch when that subgraph can resolve it, and
/// otherwise jumping to another subgraph through an entity key the current
/// one can provide.
final class PlanBuilder {
    let graph: FederatedGraph
    let operation: NormalizedOperation

    /// The selection sets being planned, outermost first: where `@fromContext`
    /// arguments find the ancestor that sets their context.
    private struct Frame {
        var typeName: String
        var group: FetchGroup
        var builder: SelectionBuilder
        var path: [String]
    }

    private var frames: [Frame] = []
    private var contextVariables = 0

    init(graph: FederatedGraph, operation: NormalizedOperation) {
        self.graph = graph
        self.operation = operation
    }

    /// The root groups: parallel for queries, in order for mutations.
    func buildRootGroups() throws(PlanningError) -> [FetchGroup] {
        var groups: [FetchGroup] = []
        let rootType = operation.rootType
        guard let rootInfo = graph.types[rootType] else {
            throw PlanningError("Unknown type \"\(rootType)\".")
        }
        let isMutation = operation.kind == .mutation
        for item in operation.selections.items {
            let fields: [NormalizedField]
            switch item {
            case .field(let field): fields = [field]
            case .fragment(let fragment):
                fields = fragment.selections.items.compactMap {
                    if case .field(let f) = $0 { f } else { nil }
                }
            }
            for field in fields {
                if field.name == "__typename" { continue }
                guard let info = rootInfo.fields[field.name], let first = info.graphs.first else {
                    throw PlanningError("No subgraph resolves \"\(rootType).\(field.name)\".")
                }
                let group: FetchGroup
                if isMutation {
                    if let last = groups.last, last.graph == first || info.sites[last.graph] != nil
                    {
                        group = last
                    } else {
                        group = FetchGroup(graph: first, path: [], isEntity: false)
                        groups.append(group)
                    }
                } else if let existing = groups.first(where: { info.sites[$0.graph] != nil }) {
                    group = existing
                } else {
                    group = FetchGroup(graph: first, path: [], isEntity: false)
                    groups.append(group)
                }
                var target = group.selections
                if case .fragment(let fragment) = item {
                    target = target.fragment(on: rootType, directives: fragment.directives)
                }
                _ = try planField(
                    field, parentType: rootType, group: group, builder: target, path: [],
                    provided: nil)
            }
        }
        return groups
    }

    // MARK: - Selections

    private func planSelections(
        _ list: SelectionList, typeName: String, group: FetchGroup, builder: SelectionBuilder,
        path: [String], provided: [FieldSet.Item]?
    ) throws(PlanningError) {
        guard let info = graph.types[typeName] else {
            throw PlanningError("Unknown type \"\(typeName)\".")
        }
        frames.append(Frame(typeName: typeName, group: group, builder: builder, path: path))
        defer { frames.removeLast() }
        var list = list
        if info.interfaceObjectGraphs.contains(group.graph) {
            list = try planThroughEntityInterface(
                list, interface: info, group: group, builder: builder, path: path,
                provided: provided)
            if list.items.isEmpty { return }
        }
        if info.isAbstract { _ = builder.injectedField("__typename") }
        for item in list.items {
            switch item {
            case .field(let field):
                if field.name == "__typename" { continue }
                if !info.isAbstract || info.fields[field.name]?.sites[group.graph] != nil
                    || Self.isProvided(field.name, provided)
                {
                    _ = try planField(
                        field, parentType: typeName, group: group, builder: builder, path: path,
                        provided: provided)
                    continue
                }
                for objectType in info.possibleTypesInGraph[group.graph] ?? [] {
                    _ = try planField(
                        field, parentType: objectType, group: group,
                        builder: builder.fragment(on: objectType),
                        path: path, provided: provided)
                }
            case .fragment(let fragment):
                let condition = fragment.typeCondition
                if condition == typeName {
                    try planSelections(
                        fragment.selections, typeName: typeName, group: group,
                        builder: builder.fragment(on: typeName, directives: fragment.directives),
                        path: path,
                        provided: provided)
                    continue
                }
                guard let conditionInfo = graph.types[condition] else { continue }
                let known = info.possibleTypesInGraph[group.graph] ?? []
                if conditionInfo.graphs.contains(group.graph) {
                    guard conditionInfo.possibleTypes.contains(where: known.contains) else {
                        continue
                    }
                    try planSelections(
                        fragment.selections, typeName: condition, group: group,
                        builder: builder.fragment(on: condition, directives: fragment.directives),
                        path: path,
                        provided: provided)
                } else {
                    for objectType in conditionInfo.possibleTypes where known.contains(objectType) {
                        try planSelections(
                            fragment.selections, typeName: objectType, group: group,
                            builder: builder.fragment(
                                on: objectType, directives: fragment.directives),
                            path: path, provided: provided)
                    }
                }
            }
        }
    }

    /// An interface this subgraph only knows as `@interfaceObject`: its runtime
    /// type, the fields it lacks and fragments on implementations come from a
    /// subgraph where the interface is an entity (`@key` on the interface).
    /// Returns the selections left to plan here.
    private func planThroughEntityInterface(
        _ list: SelectionList, interface: FederatedGraph.TypeInfo, group: FetchGroup,
        builder: SelectionBuilder, path: [String], provided: [FieldSet.Item]?
    ) throws(PlanningError) -> SelectionList {
        var local: [NormalizedSelection] = []
        var remote: [NormalizedSelection] = []
        for item in list.items {
            if case .field(let field) = item,
                field.name != "__typename",
                interface.fields[field.name]?.sites[group.graph] != nil
                    || Self.isProvided(field.name, provided)
            {
                local.append(item)
            } else {
                remote.append(item)
            }
        }
        let targets = interface.keys.keys.sorted().filter {
            !interface.interfaceObjectGraphs.contains($0)
        }
        for target in targets {
            guard
                let key = (interface.keys[target] ?? []).first(where: {
                    $0.isResolvable
                        && canResolve($0.fields.items, on: interface.name, in: group.graph)
                })
            else { continue }
            let child = group.child(graph: target, path: path)
            let keyFields = builder.addRepresentationFields(key.fields.items, typename: true)
            child.addRequires(typeName: interface.name, fields: keyFields)
            try planSelections(
                SelectionList(remote), typeName: interface.name, group: child,
                builder: child.selections.fragment(on: interface.name), path: path,
                provided: nil)
            return SelectionList(local)
        }
        // Known gap: without an entity interface to ask, the runtime type stays unknown.
        return list
    }

    private static func isProvided(_ name: String, _ provided: [FieldSet.Item]?) -> Bool {
        provided?.contains { if case .field(let field, _, _) = $0 { field == name } else { false } }
            ?? false
    }

    private static func provided(under name: String, _ provided: [FieldSet.Item]?) -> [FieldSet
        .Item]?
    {
        for case .field(let field, _, let selections) in provided ?? []
        where field == name && !selections.isEmpty {
            return selections
        }
        return nil
    }

    // MARK: - Fields

    /// Plans one field at a position; returns the group that fetches it.
    @discardableResult
    private func planField(
        _ field: NormalizedField, parentType: String, group: FetchGroup, builder: SelectionBuilder,
        path: [String], provided: [FieldSet.Item]?
    ) throws(PlanningError) -> FetchGroup {
        guard let typeInfo = graph.types[parentType], let fieldInfo = typeInfo.fields[field.name]
        else {
            throw PlanningError("Cannot query field \"\(field.name)\" on type \"\(parentType)\".")
        }
        var site = fieldInfo.sites[group.graph]
        // A field with @requires runs in an entity fetch whose representations
        // carry the required fields, fetched first.
        if let requires = site?.requires, !group.carries(requires, for: parentType) {
            site = nil
        }
        // So does a field whose arguments come from an ancestor's @context.
        if site?.contextArguments.isEmpty == false,
            !group.contextFields.contains("\(parentType).\(field.name)")
        {
            site = nil
        }
        if site != nil || Self.isProvided(field.name, provided) {
            let entry = builder.field(for: field)
            guard let selections = field.selections else { return group }
            let inner = entry.selections ?? SelectionBuilder()
            entry.selections = inner
            let innerProvided = Self.provided(under: field.name, provided) ?? site?.provides?.items
            try planSelections(
                selections, typeName: field.namedType, group: group, builder: inner,
                path: path + Self.pathSegments(field), provided: innerProvided)
            if inner.isEmpty { _ = inner.injectedField("__typename") }
            return group
        }
        return try planEntityJump(
            field, typeInfo: typeInfo, fieldInfo: fieldInfo, group: group, builder: builder,
            path: path, provided: provided)
    }

    /// Fetches `field` from another subgraph through an entity key.
    private func planEntityJump(
        _ field: NormalizedField, typeInfo: FederatedGraph.TypeInfo,
        fieldInfo: FederatedGraph.Field,
        group: FetchGroup, builder: SelectionBuilder, path: [String], provided: [FieldSet.Item]?
    ) throws(PlanningError) -> FetchGroup {
        guard typeInfo.kind == .object else {
            throw PlanningError(
                "Field \"\(typeInfo.name).\(field.name)\" cannot be fetched from subgraph \"\(graph.graphNames[group.graph])\"."
            )
        }
        // Subgraphs already fetched from at this path first (one fetch serves both),
        // then by graph order.
        var candidates = fieldInfo.graphs.filter {
            $0 != group.graph || fieldInfo.sites[$0]?.requires != nil
                || fieldInfo.sites[$0]?.contextArguments.isEmpty == false
        }
        if candidates.count > 1 {
            let existing = candidates.filter { group.existingChild(graph: $0, path: path) != nil }
            candidates = existing + candidates.filter { !existing.contains($0) }
        }
        for target in candidates {
            // The cheapest key the current subgraph can fill: fewest fields to fetch.
            let key = (typeInfo.keys[target] ?? []).filter {
                $0.isResolvable && canResolve($0.fields.items, on: typeInfo.name, in: group.graph)
            }.min { Self.cost(of: $0.fields.items) < Self.cost(of: $1.fields.items) }
            guard let key else { continue }
            let child = group.child(graph: target, path: path)
            let keyFields = builder.addRepresentationFields(key.fields.items, typename: true)
            child.addRequires(typeName: typeInfo.name, fields: keyFields)

            if let requires = fieldInfo.sites[target]?.requires {
                let required = try normalizedFields(requires.items, on: typeInfo.name)
                var touched: [FetchGroup] = []
                for requiredField in required {
                    touched.append(
                        try planField(
                            requiredField, parentType: typeInfo.name, group: group,
                            builder: builder, path: path, provided: provided))
                }
                child.addRequires(
                    typeName: typeInfo.name, fields: Self.representationFields(requires.items))
                if let other = touched.first(where: { $0 !== group && $0 !== child }) {
                    group.move(child, under: other)
                }
            }
            var planned = field
            if let contextArguments = fieldInfo.sites[target]?.contextArguments,
                !contextArguments.isEmpty
            {
                planned = try passContexts(
                    contextArguments, to: field, on: typeInfo.name, child: child, group: group)
            }
            _ = try planField(
                planned, parentType: typeInfo.name, group: child,
                builder: child.selections.fragment(on: typeInfo.name), path: path, provided: nil)
            return child
        }
        if let child = try planInterfaceObjectJump(
            field, typeInfo: typeInfo, group: group, builder: builder, path: path)
        {
            return child
        }
        throw PlanningError(
            "Field \"\(typeInfo.name).\(field.name)\" cannot be fetched from subgraph \"\(graph.graphNames[group.graph])\": no key of \"\(typeInfo.name)\" leads to a subgraph resolving it."
        )
    }

    /// Plans each context's selection on the nearest ancestor that sets the
    /// context and gives the field variables the executor fills from it.
    private func passContexts(
        _ contextArguments: [FederatedGraph.ContextArgument], to field: NormalizedField,
        on typeName: String, child: FetchGroup, group: FetchGroup
    ) throws(PlanningError) -> NormalizedField {
        var arguments = field.arguments
        for argument in contextArguments {
            guard
                let frame = frames.last(where: { frame in
                    guard let info = graph.types[frame.typeName] else { return false }
                    return info.contexts.contains(argument.context)
                        || info.possibleTypes.contains {
                            graph.types[$0]?.contexts.contains(argument.context) ?? false
                        }
                })
            else {
                throw PlanningError(
                    "Field \"\(typeName).\(field.name)\" takes argument \"\(argument.name)\" from context \"\(argument.context)\", which no enclosing selection sets."
                )
            }
            for required in try normalizedFields(argument.selection.items, on: frame.typeName) {
                let fetcher = try planField(
                    required, parentType: frame.typeName, group: frame.group,
                    builder: frame.builder, path: frame.path, provided: nil)
                if frames.contains(where: { $0.group === fetcher }) || fetcher === group {
                    continue
                }
                // Another subgraph supplies the context value after this fetch: wait for it.
                if group.children.contains(where: { $0 === fetcher }) {
                    group.move(child, under: fetcher)
                    continue
                }
                // Known gap: a context value fetched in another branch of the plan is
                // not ordered before the fetch that needs it yet.
                throw PlanningError(
                    "Not yet supported: context \"\(argument.context)\" needs a fetch from another branch of the plan before \"\(typeName).\(field.name)\"."
                )
            }
            let variable = "contextualArgument_\(contextVariables)"
            contextVariables += 1
            child.contextUses.append(
                ContextUse(
                    variable: variable, type: argument.type, ancestorDepth: frame.path.count,
                    fields: Self.representationFields(argument.selection.items)))
            arguments.append(
                Argument(
                    name: Name(argument.name),
                    value: Value(.variable(Variable(name: Name(variable))))))
        }
        child.contextFields.insert("\(typeName).\(field.name)")
        return field.replacing(arguments: arguments)
    }

    /// Fetches an object's field that a subgraph adds to one of its interfaces
    /// with `@interfaceObject`: the representation names the interface.
    private func planInterfaceObjectJump(
        _ field: NormalizedField, typeInfo: FederatedGraph.TypeInfo, group: FetchGroup,
        builder: SelectionBuilder, path: [String]
    ) throws(PlanningError) -> FetchGroup? {
        for (interface, target) in graph.interfaceObjectSites(of: field.name, on: typeInfo.name) {
            let keys = (interface.keys[target] ?? []).filter(\.isResolvable)
            guard
                let key = keys.first(where: {
                    canResolve($0.fields.items, on: typeInfo.name, in: group.graph)
                })
            else { continue }
            let child = group.child(graph: target, path: path)
            let keyFields = builder.addRepresentationFields(key.fields.items, typename: true)
            child.addRequires(typeName: interface.name, fields: keyFields)
            child.typenameRewrites[typeInfo.name] = interface.name
            try planField(
                field, parentType: interface.name, group: child,
                builder: child.selections.fragment(on: interface.name), path: path, provided: nil)
            return child
        }
        return nil
    }

    /// Fields a key makes the parent fetch select, nested ones included.
    static func cost(of items: [FieldSet.Item]) -> Int {
        items.reduce(0) { total, item in
            switch item {
            case .field(_, _, let selections): total + 1 + cost(of: selections)
            case .fragment(_, let selections): total + cost(of: selections)
            }
        }
    }

    private func canResolve(_ items: [FieldSet.Item], on typeName: String, in graphIndex: Int)
        -> Bool
    {
        guard let info = graph.types[typeName] else { return false }
        for item in items {
            switch item {
            case .field(let name, _, let selections):
                if name == "__typename" { continue }
                guard let field = info.fields[name], field.sites[graphIndex] != nil else {
                    return false
                }
                if !selections.isEmpty
                    && !canResolve(selections, on: field.namedType, in: graphIndex)
                {
                    return false
                }
            case .fragment(let condition, let selections):
                if !canResolve(selections, on: condition ?? typeName, in: graphIndex) {
                    return false
                }
            }
        }
        return true
    }

    /// A field set as client-like selections, for planning `@requires`.
    private func normalizedFields(_ items: [FieldSet.Item], on typeName: String)
        throws(PlanningError) -> [NormalizedField]
    {
        guard let info = graph.types[typeName] else {
            throw PlanningError("Unknown type \"\(typeName)\".")
        }
        var result: [NormalizedField] = []
        for item in items {
            guard case .field(let name, _, let selections) = item else { continue }
            guard let field = info.fields[name] else {
                throw PlanningError("Cannot query field \"\(name)\" on type \"\(typeName)\".")
            }
            let kind = graph.types[field.namedType]?.kind ?? .scalar
            let inner =
                try selections.isEmpty
                ? nil
                : SelectionList(
                    normalizedFields(selections, on: field.namedType).map { .field($0) })
            result.append(
                NormalizedField(
                    responseKey: name, name: name, alias: nil, arguments: [], directives: [],
                    conditions: [],
                    parentType: typeName, type: field.type, namedType: field.namedType, kind: kind,
                    selections: inner))
        }
        return result
    }

    private static func representationFields(_ items: [FieldSet.Item]) -> [RepresentationField] {
        items.compactMap { item in
            guard case .field(let name, _, let selections) = item else { return nil }
            return RepresentationField(
                name: name, sourceKey: name,
                selections: selections.isEmpty ? nil : representationFields(selections))
        }
    }

    /// The response key, then `@` for each list level of the field's type.
    static func pathSegments(_ field: NormalizedField) -> [String] {
        var segments = [field.responseKey]
        var type = field.type
        while true {
            switch type {
            case .nonNull(let inner, _): type = inner
            case .list(let inner, _):
                segments.append("@")
                type = inner
            case .named: return segments
            }
        }
    }
}
