import GraphQL

/// Where federation directives may be used, per subgraph and across them:
/// key field types and arguments, `@provides` targets, `@override` with other
/// directives or on interfaces, `@interfaceObject` without a key or an
/// interface, and `@external` types that disagree with the resolving subgraphs.
enum DirectiveUsageValidator {
    static func validate(_ subgraphs: [SubgraphSchema]) -> [CompositionError] {
        var errors: [CompositionError] = []
        for subgraph in subgraphs {
            errors += keys(subgraph) + fields(subgraph) + interfaceObjects(subgraph, subgraphs)
            if subgraph.isFederation2 { errors += externalUsage(subgraph) }
        }
        errors += externalTypes(subgraphs)
        if !subgraphs.contains(where: { !($0.types["Query"]?.fields.isEmpty ?? true) }) {
            errors.append(
                CompositionError(
                    code: "NO_QUERIES",
                    message:
                        "No queries found in any subgraph: a supergraph must have a query root type.",
                    subgraphs: subgraphs.map(\.name)))
        }
        return errors
    }

    /// Fed 2: REQUIRES_FIELDS_MISSING_EXTERNAL and PROVIDES_FIELDS_MISSING_EXTERNAL
    /// (the top-level fields a @requires or an entity's @provides names are
    /// @external here), EXTERNAL_ON_INTERFACE and INVALID_SHAREABLE_USAGE on
    /// interface fields.
    private static func externalUsage(_ subgraph: SubgraphSchema) -> [CompositionError] {
        var errors: [CompositionError] = []
        for name in subgraph.typeOrder {
            guard let type = subgraph.types[name] else { continue }
            for field in type.fields {
                let coordinate = "\(name).\(field.name)"
                if type.kind == .interface && field.isExternal {
                    errors.append(
                        error(
                            "EXTERNAL_ON_INTERFACE", subgraph,
                            "Interface type field \"\(coordinate)\" is marked @external but @external is not allowed on interface fields.",
                            field.location))
                }
                if type.kind == .interface && field.isShareable && !type.isShareable
                    && !type.keys.contains(where: { $0.fields.fieldNames.contains(field.name) })
                {
                    errors.append(
                        error(
                            "INVALID_SHAREABLE_USAGE", subgraph,
                            "Invalid use of @shareable on field \"\(coordinate)\": only object type fields can be marked with @shareable",
                            field.location))
                }
                if let requires = field.requires {
                    for fieldName in requires.fieldNames {
                        guard let required = type.field(fieldName), !required.isExternal else {
                            continue
                        }
                        errors.append(
                            error(
                                "REQUIRES_FIELDS_MISSING_EXTERNAL", subgraph,
                                "On field \"\(coordinate)\", for @requires(fields: \"\(requires)\"): field \"\(name).\(fieldName)\" should not be part of a @requires since it is already provided by this subgraph (it is not marked @external)",
                                field.location))
                    }
                }
                if let provides = field.provides,
                    let target = subgraph.types[field.type.namedType.value], target.isEntity
                {
                    let keyFields = Set(target.keys.flatMap(\.fields.fieldNames))
                    for fieldName in provides.fieldNames where !keyFields.contains(fieldName) {
                        guard let provided = target.field(fieldName), !provided.isExternal else {
                            continue
                        }
                        errors.append(
                            error(
                                "PROVIDES_FIELDS_MISSING_EXTERNAL", subgraph,
                                "On field \"\(coordinate)\", for @provides(fields: \"\(provides)\"): field \"\(target.name).\(fieldName)\" should not be part of a @provides since it is already provided by this subgraph (it is not marked @external)",
                                field.location))
                    }
                }
            }
        }
        return errors
    }

    private static func error(
        _ code: String, _ subgraph: SubgraphSchema, _ message: String,
        _ range: SourceRange?
    ) -> CompositionError {
        CompositionError(
            code: code, message: "[\(subgraph.name)] \(message)", subgraphs: [subgraph.name],
            locations: subgraph.location(range))
    }

    /// KEY_FIELDS_SELECT_INVALID_TYPE (lists, interfaces, unions) and KEY_FIELDS_HAS_ARGS.
    private static func keys(_ subgraph: SubgraphSchema) -> [CompositionError] {
        var errors: [CompositionError] = []
        for name in subgraph.typeOrder {
            guard let type = subgraph.types[name] else { continue }
            for key in type.keys {
                var pending: [(items: [FieldSet.Item], type: String)] = [(key.fields.items, name)]
                while let (items, typeName) = pending.popLast() {
                    for case .field(let fieldName, _, let selections) in items {
                        guard let field = subgraph.types[typeName]?.field(fieldName) else {
                            continue
                        }
                        let coordinate = "\(typeName).\(fieldName)"
                        let target = field.type.namedType.value
                        let targetKind = subgraph.types[target]?.kind
                        if Self.isList(field.type) || targetKind == .interface
                            || targetKind == .union
                        {
                            let what =
                                Self.isList(field.type)
                                ? "a list type" : "a \(targetKind!.rawValue) type"
                            errors.append(
                                error(
                                    "KEY_FIELDS_SELECT_INVALID_TYPE", subgraph,
                                    "On type \"\(name)\", for @key(fields: \"\(key.fields)\"): field \"\(coordinate)\" is \(what) which is not allowed in @key",
                                    field.location ?? type.location))
                        }
                        if !field.arguments.isEmpty {
                            errors.append(
                                error(
                                    "KEY_FIELDS_HAS_ARGS", subgraph,
                                    "On type \"\(name)\", for @key(fields: \"\(key.fields)\"): field \"\(coordinate)\" cannot be included because it has arguments (fields with argument are not allowed in @key)",
                                    field.location ?? type.location))
                        }
                        if !selections.isEmpty { pending.append((selections, target)) }
                    }
                }
            }
        }
        return errors
    }

    /// PROVIDES_ON_NON_OBJECT_FIELD, OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE, OVERRIDE_ON_INTERFACE.
    private static func fields(_ subgraph: SubgraphSchema) -> [CompositionError] {
        var errors: [CompositionError] = []
        for name in subgraph.typeOrder {
            guard let type = subgraph.types[name] else { continue }
            for field in type.fields {
                let coordinate = "\(name).\(field.name)"
                let range = field.location
                if field.provides != nil {
                    let kind = subgraph.types[field.type.namedType.value]?.kind
                    if kind != .object && kind != .interface && kind != .union {
                        errors.append(
                            error(
                                "PROVIDES_ON_NON_OBJECT_FIELD", subgraph,
                                "Invalid @provides directive on field \"\(coordinate)\": field has type \"\(SDLText.type(field.type))\" which is not a Composite Type",
                                range))
                    }
                }
                guard field.overrideFrom != nil else { continue }
                if type.kind == .interface {
                    errors.append(
                        error(
                            "OVERRIDE_ON_INTERFACE", subgraph,
                            "@override cannot be used on field \"\(coordinate)\" on subgraph \"\(subgraph.name)\": @override is not supported on interface type fields.",
                            range))
                }
                if field.isExternal {
                    errors.append(
                        error(
                            "OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE", subgraph,
                            "@override cannot be used on field \"\(coordinate)\" on subgraph \"\(subgraph.name)\" since \"\(coordinate)\" on \"\(subgraph.name)\" is marked with directive \"@external\"",
                            range))
                }
            }
        }
        return errors
    }

    /// INTERFACE_OBJECT_USAGE_ERROR: an @interfaceObject needs a key and an
    /// interface of that name in some other subgraph.
    private static func interfaceObjects(
        _ subgraph: SubgraphSchema, _ all: [SubgraphSchema]
    ) -> [CompositionError] {
        var errors: [CompositionError] = []
        for name in subgraph.typeOrder {
            guard let type = subgraph.types[name], type.isInterfaceObject else { continue }
            let range = type.location
            if type.keys.isEmpty {
                errors.append(
                    error(
                        "INTERFACE_OBJECT_USAGE_ERROR", subgraph,
                        "The @interfaceObject directive can only be applied to entity types but type \"\(name)\" has no @key in this subgraph.",
                        range))
            }
            let isInterfaceElsewhere = all.contains { other in
                other.name != subgraph.name && other.types[name]?.kind == .interface
            }
            if !isInterfaceElsewhere {
                errors.append(
                    error(
                        "INTERFACE_OBJECT_USAGE_ERROR", subgraph,
                        "Type \"\(name)\" is declared with @interfaceObject in subgraph \"\(subgraph.name)\" but no subgraph defines \"\(name)\" as an interface.",
                        range))
            }
        }
        return errors
    }

    /// EXTERNAL_TYPE_MISMATCH: an @external field must have the type the
    /// resolving subgraphs give it (or a nullable version of it).
    private static func externalTypes(_ subgraphs: [SubgraphSchema]) -> [CompositionError] {
        var errors: [CompositionError] = []
        for subgraph in subgraphs {
            for name in subgraph.typeOrder {
                guard let type = subgraph.types[name] else { continue }
                for field in type.fields where field.isExternal {
                    let coordinate = "\(name).\(field.name)"
                    let resolving = subgraphs.compactMap {
                        other -> (SubgraphSchema, SubgraphField)? in
                        guard other.name != subgraph.name,
                            let definition = other.types[name]?.field(field.name),
                            !definition.isExternal
                        else { return nil }
                        return (other, definition)
                    }
                    let mismatched = resolving.filter { _, definition in
                        TypeMerger.outputSupertype(definition.type, field.type).map(SDLText.type)
                            != SDLText.type(field.type)
                    }
                    guard !mismatched.isEmpty else { continue }
                    let names = mismatched.map { "\"\($0.0.name)\"" }.joined(separator: ", ")
                    errors.append(
                        CompositionError(
                            code: "EXTERNAL_TYPE_MISMATCH",
                            message:
                                "Type of field \"\(coordinate)\" is incompatible across subgraphs (where marked @external): it has type \"\(SDLText.type(mismatched[0].1.type))\" in subgraph \(names) but type \"\(SDLText.type(field.type))\" in subgraph \"\(subgraph.name)\"",
                            subgraphs: mismatched.map(\.0.name) + [subgraph.name],
                            locations: mismatched.flatMap { $0.0.location($0.1.location) }
                                + subgraph.location(field.location)))
                }
            }
        }
        return errors
    }

    private static func isList(_ type: TypeReference) -> Bool {
        switch type {
        case .list: true
        case .nonNull(let inner, _): isList(inner)
        case .named: false
        }
    }
}
