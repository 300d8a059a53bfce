import JSON

extension ExecutionRun {
    /// CompleteValue (spec 6.4.3) into a result tree. Nil means the value failed here (the
    /// error is recorded), so the position becomes null or propagates it when non-null.
    func complete(
        _ completion: Completion, _ value: any Sendable, _ field: FieldPlan, _ walk: inout Walk
    ) -> Partial? {
        let key = storedType(value)
        if key == nullKey {
            if completion.kind == .nonNull {
                record(nonNullMessage(field), field, walk)
                return nil
            }
            return .json(.null)
        }
        switch completion.kind {
        case .nonNull:
            guard let partial = complete(completion.inner!, value, field, &walk) else {
                return nil
            }
            if partial.isNull {
                record(nonNullMessage(field), field, walk)
                return nil
            }
            return partial
        case .builtIn:
            if let json = builtInLeaf(completion.builtIn, value, key) { return .json(json) }
        case .enumType:
            if key == stringKey, completion.isEnumName(value) {
                return .json(.string(loadInline(value, as: String.self)))
            }
        case .object:
            // A GraphQLObject of a type seen before is neither an error nor null.
            if let known = knownObjectType(key) {
                return completeObject(completion.objectType!, value, known, field, &walk)
            }
        case .list:
            if let list = knownList(value, key) {
                return completeList(completion.inner!, list, field, &walk)
            }
        default:
            break
        }
        return completeChecked(completion, value, field, &walk)
    }

    /// CompleteValue for a value that may be an error or a boxed null.
    private func completeChecked(
        _ completion: Completion, _ value: any Sendable, _ field: FieldPlan, _ walk: inout Walk
    ) -> Partial? {
        let leaf = plainLeafJSON(value)
        let known = leaf == nil ? knownObjectType(storedType(value)) : nil
        if leaf == nil, known == nil {
            if let error = value as? any Error, !(value is [GraphQLError]) {
                // A resolver may return an error as a value, a list item among others.
                record(error, field, walk)
                return nil
            }
            if isNullValue(value) { return .json(.null) }
        }
        switch completion.kind {
        case .nonNull:
            return complete(completion, value, field, &walk)
        case .list:
            guard let list = listValue(value) else {
                record(notIterableMessage(field), field, walk)
                return nil
            }
            return completeList(completion.inner!, list, field, &walk)
        case .builtIn, .scalar:
            do {
                return .json(try completion.scalar!.serialize(leaf ?? leafJSON(value)))
            } catch {
                record(error.message, field, walk)
                return nil
            }
        case .customScalar:
            do {
                return .json(try completion.custom!.serialize(leaf ?? leafJSON(value)))
            } catch {
                record(error, field, walk)
                return nil
            }
        case .enumType:
            do {
                return .json(try completion.enumType!.serialize(leaf ?? leafJSON(value)))
            } catch {
                record(error.message, field, walk)
                return nil
            }
        case .object:
            return completeObject(completion.objectType!, value, known, field, &walk)
        case .abstract:
            guard let type = resolveRuntimeType(completion.name, value, field, walk) else {
                return nil
            }
            return completeObject(type, value, known, field, &walk)
        case .unexpected:
            record(
                "Cannot complete value of unexpected output type: \"\(completion.name)\".", field,
                walk)
            return nil
        }
    }

    func nonNullMessage(_ field: FieldPlan) -> String {
        "Cannot return null for non-nullable field \(field.parentType.name).\(field.name)."
    }

    /// Whether `value` passes the isTypeOf of `type`, recording an error when not.
    func passesIsTypeOf(
        _ type: ObjectType, _ value: any Sendable, _ field: FieldPlan, _ walk: borrowing Walk
    ) -> Bool {
        guard hasIsTypeOfs, let isTypeOf = resolvers.isTypeOfs[type.name] else { return true }
        if isTypeOf(value, context) { return true }
        record(
            "Expected value of type \"\(type.name)\" but got: \(Inspect.value(leafJSON(value))).",
            field, walk)
        return false
    }

    private func completeObject(
        _ type: ObjectType, _ value: any Sendable, _ known: KnownObjectType?,
        _ field: FieldPlan, _ walk: inout Walk
    ) -> Partial? {
        guard passesIsTypeOf(type, value, field, walk) else { return nil }
        return unretainedChildPlan(field, type)._withUnsafeGuaranteedRef {
            executeFields($0, value, known, &walk)
        }
    }

    /// Items complete in order; a failed non-null item nulls the whole list.
    private func completeList(
        _ itemType: Completion, _ items: any ListValue, _ field: FieldPlan, _ walk: inout Walk
    ) -> Partial? {
        let itemIsNonNull = itemType.isNonNull

        // Completed items go straight into the array; values holds them instead once an
        // item is still pending.
        var array: [JSON] = []
        let count = items.itemCount
        array.reserveCapacity(count)
        var values: [Partial] = []
        var hasNodes = false
        for index in 0..<count {
            walk.stack.append(PathSlot(index: index))
            let partial = complete(itemType, items.item(index), field, &walk)
            walk.stack.removeLast()
            guard let partial else {
                if itemIsNonNull {
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
                values.reserveCapacity(count)
            }
            if case .node(let node) = partial {
                node.isNonNull = itemIsNonNull
            }
            values.append(partial)
        }
        if !hasNodes { return .json(.array(array)) }
        let node = makeNode(.list(values))
        for case .node(let child) in values { child.parent = node }
        return .node(node)
    }

    func notIterableMessage(_ field: FieldPlan) -> String {
        "Expected Iterable, but did not find one for field \"\(field.parentType.name).\(field.name)\"."
    }

    /// ResolveAbstractType (spec 6.4.3): a type resolver, else `__typename` or
    /// `GraphQLObject.graphQLTypeName`.
    func resolveRuntimeType(
        _ abstractType: String, _ value: any Sendable, _ field: FieldPlan, _ walk: borrowing Walk
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
                "Abstract type \"\(abstractType)\" must resolve to an Object type at runtime for field \"\(field.parentType.name).\(field.name)\". Either the \"\(abstractType)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field, walk)
            return nil
        }
        guard let runtimeType = schema.types[typeName] else {
            record(
                "Abstract type \"\(abstractType)\" was resolved to a type \"\(typeName)\" that does not exist inside the schema.",
                field, walk)
            return nil
        }
        guard case .object(let object) = runtimeType else {
            record(
                "Abstract type \"\(abstractType)\" was resolved to a non-object type \"\(typeName)\".",
                field, walk)
            return nil
        }
        guard schema.isPossibleType(typeName, of: abstractType) else {
            record(
                "Runtime Object type \"\(typeName)\" is not a possible type for \"\(abstractType)\".",
                field, walk)
            return nil
        }
        return object
    }
}

/// The JSON of a built-in scalar's value when its coercion is the identity: a `String` for
/// String and ID, an `Int` in 32-bit range for Int, a `Double` or `Int` for Float, a
/// `Bool` for Boolean. Nil sends the value through the general path.
@inline(__always)
func builtInLeaf(_ kind: BuiltInScalar, _ value: any Sendable, _ key: UnsafeRawPointer) -> JSON? {
    switch kind {
    case .string, .id:
        if key == stringKey { return .string(loadInline(value, as: String.self)) }
    case .int:
        if key == intKey {
            let int = loadInline(value, as: Int.self)
            if int >= -2_147_483_648, int <= 2_147_483_647 { return .int(int) }
        }
    case .float:
        if key == doubleKey { return .double(loadInline(value, as: Double.self)) }
        if key == intKey { return .int(loadInline(value, as: Int.self)) }
    case .boolean:
        if key == boolKey { return .bool(loadInline(value, as: Bool.self)) }
    }
    return nil
}

/// Marks `Optional` so a nil boxed inside `any Sendable` reads as null.
private protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}

func isNullValue(_ value: any Sendable) -> Bool {
    if storedType(value) == nullKey { return true }
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

/// The JSON of a built-in scalar's or enum's value when it is one written as it is (see
/// `builtInLeaf`); nil sends it through the general path.
@inline(__always)
func leafJSON(_ leaf: Completion, _ value: any Sendable) -> JSON? {
    let key = storedType(value)
    if leaf.kind == .builtIn { return builtInLeaf(leaf.builtIn, value, key) }
    guard key == stringKey, leaf.isEnumName(value) else { return nil }
    return .string(loadInline(value, as: String.self))
}
