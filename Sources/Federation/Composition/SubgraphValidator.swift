/// Per-subgraph federation rules: field sets name real fields, `@external`
/// fields are used, external fields have a base definition somewhere.
enum SubgraphValidator {
    static func validate(_ subgraphs: [SubgraphSchema]) -> [CompositionError] {
        var errors: [CompositionError] = []
        for subgraph in subgraphs {
            errors += validate(subgraph)
        }
        errors += externalsWithoutBase(subgraphs)
        return errors
    }

    private static func validate(_ subgraph: SubgraphSchema) -> [CompositionError] {
        var errors: [CompositionError] = []
        var usedExternals: Set<String> = []
        for name in subgraph.typeOrder {
            guard let type = subgraph.types[name] else { continue }
            for key in type.keys {
                if let problem = check(
                    key.fields.items, on: type.name, in: subgraph, used: &usedExternals)
                {
                    errors.append(
                        CompositionError(
                            code: "KEY_INVALID_FIELDS",
                            message:
                                "[\(subgraph.name)] On type \"\(type.name)\", for @key(fields: \"\(key.fields)\"): \(problem)",
                            subgraphs: [subgraph.name], locations: subgraph.location(type.location))
                    )
                }
            }
            for field in type.fields {
                let coordinate = "\(type.name).\(field.name)"
                if let requires = field.requires,
                    let problem = check(
                        requires.items, on: type.name, in: subgraph, used: &usedExternals)
                {
                    errors.append(
                        CompositionError(
                            code: "REQUIRES_INVALID_FIELDS",
                            message:
                                "[\(subgraph.name)] On field \"\(coordinate)\", for @requires(fields: \"\(requires)\"): \(problem)",
                            subgraphs: [subgraph.name], locations: subgraph.location(field.location)
                        ))
                }
                if let provides = field.provides {
                    let target = field.type.namedType.value
                    let kind = subgraph.types[target]?.kind
                    // A leaf type is PROVIDES_ON_NON_OBJECT_FIELD's to report.
                    if kind == .object || kind == .interface || kind == .union,
                        let problem = check(
                            provides.items, on: target, in: subgraph, used: &usedExternals)
                    {
                        errors.append(
                            CompositionError(
                                code: "PROVIDES_INVALID_FIELDS",
                                message:
                                    "[\(subgraph.name)] On field \"\(coordinate)\", for @provides(fields: \"\(provides)\"): \(problem)",
                                subgraphs: [subgraph.name],
                                locations: subgraph.location(field.location)))
                    }
                }
            }
        }
        // A @fromContext selection uses the fields it reads on the types setting the context.
        for name in subgraph.typeOrder {
            for field in subgraph.types[name]?.fields ?? [] {
                for argument in field.arguments {
                    guard let text = argument.fromContext,
                        let parsed = TypeMerger.contextArgument(argument, text, in: subgraph),
                        let selection = try? FieldSet(selection: parsed.selection)
                    else { continue }
                    let context = String(parsed.context.dropFirst(subgraph.name.count + 2))
                    for setter in subgraph.typeOrder
                    where subgraph.types[setter]?.contexts.contains(context) == true {
                        for used in selection.fieldNames {
                            usedExternals.insert("\(setter).\(used)")
                        }
                    }
                }
            }
        }
        guard subgraph.isFederation2 else { return errors }
        for name in subgraph.typeOrder {
            guard let type = subgraph.types[name] else { continue }
            let viaInterface = Set(
                type.interfaces.flatMap { subgraph.types[$0]?.fields.map(\.name) ?? [] })
            for field in type.fields where field.isExternal {
                let coordinate = "\(type.name).\(field.name)"
                guard !usedExternals.contains(coordinate), !viaInterface.contains(field.name) else {
                    continue
                }
                errors.append(
                    CompositionError(
                        code: "EXTERNAL_UNUSED",
                        message:
                            "[\(subgraph.name)] Field \"\(coordinate)\" is marked @external but is not used in any federation directive (@key, @provides, @requires) or to satisfy an interface; the field declaration has no use and should be removed (or the field should not be @external).",
                        subgraphs: [subgraph.name], locations: subgraph.location(field.location)))
            }
        }
        return errors
    }

    /// Checks a field set against a type of the subgraph; returns the problem, if any.
    private static func check(
        _ items: [FieldSet.Item], on typeName: String, in subgraph: SubgraphSchema,
        used: inout Set<String>
    ) -> String? {
        guard let type = subgraph.types[typeName] else {
            return "Unknown type \"\(typeName)\""
        }
        for item in items {
            switch item {
            case .field(let name, _, let selections):
                if name == "__typename" { continue }
                guard let field = type.field(name) else {
                    return
                        "Cannot query field \"\(name)\" on type \"\(typeName)\" (the field should either be added to this subgraph or, if it should not be resolved by this subgraph, you need to add it to this subgraph with @external)."
                }
                used.insert("\(typeName).\(name)")
                let target = field.type.namedType.value
                let isComposite =
                    subgraph.types[target].map {
                        $0.kind == .object || $0.kind == .interface || $0.kind == .union
                    } ?? false
                if isComposite && selections.isEmpty {
                    return
                        "Field \"\(typeName).\(name)\" of type \"\(target)\" must have a selection of subfields."
                }
                if !isComposite && !selections.isEmpty {
                    return
                        "Field \"\(name)\" must not have a selection since type \"\(target)\" has no subfields."
                }
                if !selections.isEmpty,
                    let problem = check(selections, on: target, in: subgraph, used: &used)
                {
                    return problem
                }
            case .fragment(let condition, let selections):
                if let problem = check(
                    selections, on: condition ?? typeName, in: subgraph, used: &used)
                {
                    return problem
                }
            }
        }
        return nil
    }

    private static func externalsWithoutBase(_ subgraphs: [SubgraphSchema]) -> [CompositionError] {
        var externalSites: [String: [String]] = [:]
        var locations: [String: [String]] = [:]
        var resolved: Set<String> = []
        for subgraph in subgraphs {
            for type in subgraph.types.values {
                for field in type.fields {
                    let coordinate = "\(type.name).\(field.name)"
                    if field.isExternal {
                        externalSites[coordinate, default: []].append(subgraph.name)
                        locations[coordinate, default: []] += subgraph.location(field.location)
                    } else {
                        resolved.insert(coordinate)
                    }
                }
            }
        }
        return externalSites.keys.sorted().filter { !resolved.contains($0) }.map { coordinate in
            let names = externalSites[coordinate]!
            return CompositionError(
                code: "EXTERNAL_MISSING_ON_BASE",
                message:
                    "Field \"\(coordinate)\" is marked @external on all the subgraphs in which it is listed (\(names.count == 1 ? "subgraph" : "subgraphs") \(names.map { "\"\($0)\"" }.joined(separator: ", "))).",
                subgraphs: names, locations: locations[coordinate] ?? [])
        }
    }
}
