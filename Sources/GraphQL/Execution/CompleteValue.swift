import JSON

/// What one collected field looks up again for every value: its sub-selections by runtime
/// type, its definition and its named return type. Lives as long as the run.
final class SubfieldCache {
    var byType: [String: [CollectedField]] = [:]
    /// The field's definition on the last parent type it was looked up on.
    var definition: (parent: ObjectType, field: OutputField?)?
    /// The schema type of the last named type completed for the field.
    var namedType: (name: String, type: NamedType?)?

    /// `schema.types[name]`, remembered.
    func namedType(_ name: String, in schema: Schema) -> NamedType? {
        if let namedType, namedType.name == name { return namedType.type }
        let type = schema.types[name]
        namedType = (name, type)
        return type
    }
}

extension ExecutionRun {
    /// CompleteValue (spec 6.4.3). Nil means the value failed here (the error is
    /// recorded), so the position becomes null or propagates it when non-null.
    func completeValue(
        _ type: GraphQLType, _ value: (any Sendable)?, _ info: FieldInfo, cache: SubfieldCache?
    ) -> Partial? {
        // A String, Int, Double or Bool, or a GraphQLObject of a type seen before, is neither
        // an error nor null: skip the casts.
        guard let value else {
            return completeValue(type, nil, leaf: nil, isPlain: false, info, cache: cache)
        }
        let leaf = plainLeafJSON(value)
        let isPlain = leaf != nil || knownObjectType(value) != nil
        return completeValue(type, value, leaf: leaf, isPlain: isPlain, info, cache: cache)
    }

    /// CompleteValue once `value` has been classified: `leaf` is `plainLeafJSON(value)`,
    /// `isPlain` says the value is known to be neither an error nor null.
    private func completeValue(
        _ type: GraphQLType, _ value: (any Sendable)?, leaf: JSON?, isPlain: Bool,
        _ info: FieldInfo, cache: SubfieldCache?
    ) -> Partial? {
        if !isPlain, let error = value as? any Error, !(value is [GraphQLError]) {
            // A resolver may return an error as a value, a list item among others.
            record(error, info)
            return nil
        }
        switch type {
        case .nonNull(let inner):
            guard
                let partial = completeValue(
                    inner, value, leaf: leaf, isPlain: isPlain, info, cache: cache)
            else { return nil }
            if partial.isNull {
                record(
                    "Cannot return null for non-nullable field \(info.parentType).\(info.name).",
                    info)
                return nil
            }
            return partial
        case .list(let itemType):
            guard let value, isPlain || !isNullValue(value) else { return .json(.null) }
            return completeList(itemType, value, info)
        case .named(let name):
            guard let value, isPlain || !isNullValue(value) else { return .json(.null) }
            switch info.subfields.namedType(name, in: schema) {
            case .scalar(let scalar):
                if hasCustomScalars, let custom = resolvers.customScalars[name] {
                    do {
                        return .json(try custom.serialize(leaf ?? leafJSON(value)))
                    } catch {
                        record(error, info)
                        return nil
                    }
                }
                do {
                    return .json(try scalar.serialize(leaf ?? leafJSON(value)))
                } catch {
                    record(error.message, info)
                    return nil
                }
            case .enumType(let enumType):
                do {
                    return .json(try enumType.serialize(leaf ?? leafJSON(value)))
                } catch {
                    record(error.message, info)
                    return nil
                }
            case .object(let object):
                return completeObject(object, value, info, cache: cache)
            case .interface, .union:
                guard let object = resolveRuntimeType(name, value, info) else { return nil }
                return completeObject(object, value, info, cache: cache)
            case .inputObject, nil:
                record("Cannot complete value of unexpected output type: \"\(name)\".", info)
                return nil
            }
        }
    }

    private func completeObject(
        _ type: ObjectType, _ value: any Sendable, _ info: FieldInfo, cache: SubfieldCache?
    ) -> Partial? {
        if hasIsTypeOfs, let isTypeOf = resolvers.isTypeOfs[type.name],
            !isTypeOf(value, context)
        {
            record(
                "Expected value of type \"\(type.name)\" but got: \(Inspect.value(leafJSON(value))).",
                info)
            return nil
        }
        let cache = cache ?? info.subfields
        let fields: [CollectedField]
        if let cached = cache.byType[type.name] {
            fields = cached
        } else {
            fields = collector.collectSubfields(info.nodes, on: type)
            cache.byType[type.name] = fields
        }
        return executeFields(type, value, fields)
    }

    /// Items complete in order; a failed non-null item nulls the whole list.
    private func completeList(
        _ itemType: GraphQLType, _ value: any Sendable, _ info: FieldInfo
    ) -> Partial? {
        let items: [(any Sendable)?]
        if let json = value as? JSON {
            guard case .array(let array) = json else {
                return notIterable(info)
            }
            items = array.map { $0 }
        } else if let array = value as? [any Sendable] {
            items = array
        } else {
            return notIterable(info)
        }

        // Completed items go straight into the array; values holds them instead once an
        // item is still pending.
        var array: [JSON] = []
        array.reserveCapacity(items.count)
        var values: [Partial] = []
        var hasNodes = false
        for (index, item) in items.enumerated() {
            path.append(.index(index))
            let partial = completeValue(itemType, item, info, cache: info.subfields)
            path.removeLast()
            guard let partial else {
                if itemType.isNonNull {
                    discard(values)
                    return nil
                }
                if hasNodes { values.append(.json(.null)) } else { array.append(.null) }
                continue
            }
            if !hasNodes, case .json(let json) = partial {
                array.append(json)
                continue
            }
            if !hasNodes {
                hasNodes = true
                values = array.map { .json($0) }
                values.reserveCapacity(items.count)
            }
            if case .node(let node) = partial {
                node.isNonNull = itemType.isNonNull
            }
            values.append(partial)
        }
        if !hasNodes { return .json(.array(array)) }
        let node = makeNode(.list(values))
        for case .node(let child) in values { child.parent = node }
        return .node(node)
    }

    private func notIterable(_ info: FieldInfo) -> Partial? {
        record(
            "Expected Iterable, but did not find one for field \"\(info.parentType).\(info.name)\".",
            info)
        return nil
    }

    /// ResolveAbstractType (spec 6.4.3): a type resolver, else `__typename` or
    /// `GraphQLObject.graphQLTypeName`.
    private func resolveRuntimeType(
        _ abstractType: String, _ value: any Sendable, _ info: FieldInfo
    ) -> ObjectType? {
        var typeName = resolvers.typeResolvers[abstractType]?(value, context)
        if typeName == nil {
            if let json = value as? JSON {
                typeName = json["__typename"]?.stringValue
            } else if let object = value as? any GraphQLObject {
                typeName = object.graphQLTypeName ?? (object.graphQLField("__typename") as? String)
            } else if let dictionary = value as? [String: any Sendable] {
                typeName = dictionary["__typename"] as? String
            }
        }
        if typeName == nil, !resolvers.isTypeOfs.isEmpty {
            typeName =
                schema.possibleTypes(of: abstractType).first {
                    resolvers.isTypeOfs[$0.name]?(value, context) == true
                }?.name
        }
        guard let typeName else {
            record(
                "Abstract type \"\(abstractType)\" must resolve to an Object type at runtime for field \"\(info.parentType).\(info.name)\". Either the \"\(abstractType)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                info)
            return nil
        }
        guard let runtimeType = schema.types[typeName] else {
            record(
                "Abstract type \"\(abstractType)\" was resolved to a type \"\(typeName)\" that does not exist inside the schema.",
                info)
            return nil
        }
        guard case .object(let object) = runtimeType else {
            record(
                "Abstract type \"\(abstractType)\" was resolved to a non-object type \"\(typeName)\".",
                info)
            return nil
        }
        guard schema.isPossibleType(typeName, of: abstractType) else {
            record(
                "Runtime Object type \"\(typeName)\" is not a possible type for \"\(abstractType)\".",
                info)
            return nil
        }
        return object
    }
}

/// Marks `Optional` so a nil boxed inside `any Sendable` reads as null.
private protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}

func isNullValue(_ value: any Sendable) -> Bool {
    if let json = value as? JSON { return json == .null }
    if let optional = value as? any OptionalValue { return optional.isNone }
    return false
}

/// The JSON of a value whose dynamic type is exactly `String`, `Int`, `Double` or `Bool`,
/// found by comparing type metadata; nil for anything else.
///
/// Failing dynamic casts are the slowest step of completing a field, and a resolver's value
/// is most often one of these; the result equals `leafJSON(value)` for them.
@inline(__always)
func plainLeafJSON(_ value: any Sendable) -> JSON? {
    let type = ObjectIdentifier(Swift.type(of: value))
    if type == ObjectIdentifier(String.self) { return .string(value as! String) }
    if type == ObjectIdentifier(Int.self) { return .int(value as! Int) }
    if type == ObjectIdentifier(Bool.self) { return .bool(value as! Bool) }
    if type == ObjectIdentifier(Double.self) { return .double(value as! Double) }
    return nil
}

/// A resolver's leaf value as JSON, before scalar or enum serialization.
func leafJSON(_ value: any Sendable) -> JSON {
    switch value {
    case let json as JSON: return json
    case let string as String: return .string(string)
    case let int as Int: return .int(int)
    case let double as Double: return .double(double)
    case let bool as Bool: return .bool(bool)
    case let int as Int32: return .int(Int(int))
    case let int as Int64: return .int(Int(int))
    case let float as Float: return .double(Double(float))
    case let substring as Substring: return .string(String(substring))
    case let object as JSONObject: return .object(object)
    case let array as [any Sendable]: return .array(array.map(leafJSON))
    case let dictionary as [String: any Sendable]:
        return .object(
            JSONObject(
                dictionary.keys.sorted().map { (key: $0, value: leafJSON(dictionary[$0]!)) }))
    case let raw as any RawRepresentable:
        return rawValueJSON(raw)
    default:
        if isNullValue(value) { return .null }
        return .string(String(describing: value))
    }
}

private func rawValueJSON<T: RawRepresentable>(_ value: T) -> JSON {
    switch value.rawValue {
    case let string as String: return .string(string)
    case let int as Int: return .int(int)
    default: return .string(String(describing: value.rawValue))
    }
}
