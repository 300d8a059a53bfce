import JSON

/// Execution straight to JSON text: values are written into one byte buffer as they
/// complete, with no result tree.
///
/// Only for operations without asynchronous resolvers (`selectsAsyncResolver`), so
/// everything completes in order on the calling task. A null propagating from a non-null
/// position (spec 6.4.4) cuts the buffer back to where the nearest nullable position began
/// and writes `null` there; errors are recorded exactly as the tree path records them.
extension ExecutionRun {
    /// What writing one value produced.
    enum Written {
        case value
        /// `null`, which a non-null position turns into an error.
        case null
        /// An error was recorded; the nearest nullable position becomes null.
        case failed
    }

    /// The response with the operation's `data` (spec 6.2.1, 6.2.2) as JSON: `{"data":...}`.
    func writeResponse(rootType: ObjectType, rootValue: any Sendable, capacity: Int) -> [UInt8] {
        let plan = makePlan(rootType, collector.collect(operation.selectionSet, on: rootType))
        var walk = Walk()
        walk.out = ByteBuffer(capacity: capacity)
        defer { walk.out.deallocate() }
        walk.out.writeRaw(#"{"data":"#)
        let start = walk.out.count
        // Without asynchronous resolvers, root mutation fields running in order are serial.
        if !writeFields(plan, rootValue, nil, &walk) {
            walk.out.truncate(to: start)
            walk.out.writeRaw("null")
        }
        walk.out.append(UInt8(ascii: "}"))
        return walk.out.bytes
    }

    /// ExecuteSelectionSet (spec 6.3) written as a JSON object; false when a non-null
    /// field failed, so this object must become null in its parent.
    func writeFields(
        _ plan: ObjectPlan, _ parent: any Sendable, _ known: KnownObjectType?,
        _ walk: inout Walk
    ) -> Bool {
        if let known {
            var source = ObjectSource(object: known.open(parent))
            return writeFields(plan, parent, &source, &walk)
        }
        var source = LazySource()
        return writeFields(plan, parent, &source, &walk)
    }

    private func writeFields<Source: FieldSource>(
        _ plan: ObjectPlan, _ parent: any Sendable, _ source: inout Source, _ walk: inout Walk
    ) -> Bool {
        let fields = plan.unretainedFields
        if fields.isEmpty { walk.out.append(UInt8(ascii: "{")) }
        for index in fields.indices {
            // The plan holds its fields for the whole run: no retain per field.
            let written = fields[index]._withUnsafeGuaranteedRef { field in
                // `{` or `,`, then the key.
                walk.out.append(field.keyBytes)
                if field.isPlainRead {
                    // A leaf read as it is writes without the path, which only errors need.
                    let value = boxed(source.readPlain(field, parent, self))
                    if let leaf = field.unretainedLeaf,
                        leaf._withUnsafeGuaranteedRef({ writeLeaf($0, value, &walk.out) })
                    {
                        return true
                    }
                    walk.stack.append(PathSlot(field))
                    defer { walk.stack.removeLast() }
                    return writeCompleted(field, value, &walk)
                }
                walk.stack.append(PathSlot(field))
                defer { walk.stack.removeLast() }
                return writeField(field, parent, &source, &walk)
            }
            if !written { return false }
        }
        walk.out.append(UInt8(ascii: "}"))
        return true
    }

    /// ExecuteField (spec 6.4) for a field that is not a plain default read, written as a
    /// JSON value; false propagates a null upward.
    private func writeField<Source: FieldSource>(
        _ field: FieldPlan, _ parent: any Sendable, _ source: inout Source, _ walk: inout Walk
    ) -> Bool {
        guard let resolved = resolveNonPlain(field, parent, &source, &walk) else {
            return true
        }
        guard let value = resolved else {
            if field.isNonNull { return false }
            walk.out.writeRaw("null")
            return true
        }
        return writeCompleted(field, value, &walk)
    }

    /// CompleteValue (spec 6.4.3) of a field's resolved value, written as JSON; false
    /// propagates a null upward.
    private func writeCompleted(_ field: FieldPlan, _ value: any Sendable, _ walk: inout Walk)
        -> Bool
    {
        if let leaf = field.unretainedLeaf,
            leaf._withUnsafeGuaranteedRef({ writeLeaf($0, value, &walk.out) })
        {
            return true
        }
        let start = walk.out.count
        if case .failed = write(field.completion, value, field, &walk) {
            if field.isNonNull { return false }
            walk.out.truncate(to: start)
            walk.out.writeRaw("null")
        }
        return true
    }

    /// The value of a field that is not a plain default read: `.some(nil)` after recording
    /// an error, nil when the field was written already (`__typename`).
    private func resolveNonPlain<Source: FieldSource>(
        _ field: FieldPlan, _ parent: any Sendable, _ source: inout Source, _ walk: inout Walk
    ) -> (any Sendable)?? {
        let value: any Sendable
        switch field.resolution {
        case .typename:
            writeJSONString(field.parentType.name, &walk.out)
            return nil
        case .async:
            preconditionFailure("an operation with asynchronous resolvers is not written directly")
        default:
            guard let resolved = resolveSync(field, parent, &source, &walk) else {
                return .some(nil)
            }
            value = resolved
        }
        return .some(value)
    }

    /// CompleteValue (spec 6.4.3) written as JSON.
    func write(
        _ completion: Completion, _ value: any Sendable, _ field: FieldPlan, _ walk: inout Walk
    ) -> Written {
        let key = storedType(value)
        if key == nullKey {
            if completion.kind == .nonNull {
                record(nonNullMessage(field), field, walk)
                return .failed
            }
            walk.out.writeRaw("null")
            return .null
        }
        switch completion.kind {
        case .nonNull:
            let written = write(completion.inner!, value, field, &walk)
            if case .null = written {
                record(nonNullMessage(field), field, walk)
                return .failed
            }
            return written
        case .builtIn:
            if writeBuiltInLeaf(completion.builtIn, value, key, &walk.out) { return .value }
        case .enumType:
            if key == stringKey, completion.isEnumName(value) {
                writeStringInPlace(value, &walk.out)
                return .value
            }
        case .object:
            if let known = knownObjectType(key) {
                return writeObject(completion.objectType!, value, known, field, &walk)
            }
        case .list:
            if let list = knownList(value, key) {
                return writeList(completion.inner!, list, field, &walk)
            }
        default:
            break
        }
        return writeChecked(completion, value, field, &walk)
    }

    /// CompleteValue for a value that may be an error or a boxed null, written as JSON.
    private func writeChecked(
        _ completion: Completion, _ value: any Sendable, _ field: FieldPlan, _ walk: inout Walk
    ) -> Written {
        let leaf = plainLeafJSON(value)
        let known = leaf == nil ? knownObjectType(storedType(value)) : nil
        if leaf == nil, known == nil {
            if let error = value as? any Error, !(value is [GraphQLError]) {
                record(error, field, walk)
                return .failed
            }
            if isNullValue(value) {
                walk.out.writeRaw("null")
                return .null
            }
        }
        let json: JSON
        switch completion.kind {
        case .nonNull:
            return write(completion, value, field, &walk)
        case .list:
            guard let list = listValue(value) else {
                record(notIterableMessage(field), field, walk)
                return .failed
            }
            return writeList(completion.inner!, list, field, &walk)
        case .builtIn, .scalar:
            do {
                json = try completion.scalar!.serialize(leaf ?? leafJSON(value))
            } catch {
                record(error.message, field, walk)
                return .failed
            }
        case .customScalar:
            do {
                json = try completion.custom!.serialize(leaf ?? leafJSON(value))
            } catch {
                record(error, field, walk)
                return .failed
            }
        case .enumType:
            do {
                json = try completion.enumType!.serialize(leaf ?? leafJSON(value))
            } catch {
                record(error.message, field, walk)
                return .failed
            }
        case .object:
            return writeObject(completion.objectType!, value, known, field, &walk)
        case .abstract:
            guard let type = resolveRuntimeType(completion.name, value, field, walk) else {
                return .failed
            }
            return writeObject(type, value, known, field, &walk)
        case .unexpected:
            record(
                "Cannot complete value of unexpected output type: \"\(completion.name)\".", field,
                walk)
            return .failed
        }
        walk.out.write(json)
        return json == .null ? .null : .value
    }

    private func writeObject(
        _ type: ObjectType, _ value: any Sendable, _ known: KnownObjectType?,
        _ field: FieldPlan, _ walk: inout Walk
    ) -> Written {
        guard passesIsTypeOf(type, value, field, walk) else { return .failed }
        let written = unretainedChildPlan(field, type)._withUnsafeGuaranteedRef {
            writeFields($0, value, known, &walk)
        }
        return written ? .value : .failed
    }

    /// Items are written in order; a failed nullable item becomes null, a failed non-null
    /// item fails the list.
    private func writeList(
        _ itemType: Completion, _ items: any ListValue, _ field: FieldPlan, _ walk: inout Walk
    ) -> Written {
        let itemIsNonNull = itemType.isNonNull
        walk.out.append(UInt8(ascii: "["))
        let count = items.itemCount
        for index in 0..<count {
            if index > 0 { walk.out.append(UInt8(ascii: ",")) }
            let start = walk.out.count
            walk.stack.append(PathSlot(index: index))
            let written = write(itemType, items.item(index), field, &walk)
            walk.stack.removeLast()
            if case .failed = written {
                if itemIsNonNull { return .failed }
                walk.out.truncate(to: start)
                walk.out.writeRaw("null")
            }
        }
        walk.out.append(UInt8(ascii: "]"))
        return .value
    }

    /// Whether a field selected anywhere in the operation (fragments included) may have an
    /// asynchronous resolver, judged by field name alone.
    // Known gap: judged by name, a field named like one with an asynchronous resolver on any
    // type sends the whole operation through the tree, and so does any asynchronous field
    // (the writer does not switch paths mid-operation).
    var selectsAsyncResolver: Bool {
        let names = resolvers.asyncFieldNames
        guard !names.isEmpty else { return false }
        var visited: Set<String> = []
        func selects(_ selectionSet: SelectionSet) -> Bool {
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    if names.contains(field.name.value) { return true }
                    if let selectionSet = field.selectionSet, selects(selectionSet) { return true }
                case .inlineFragment(let fragment):
                    if selects(fragment.selectionSet) { return true }
                case .fragmentSpread(let spread):
                    let name = spread.name.value
                    if visited.insert(name).inserted, let fragment = fragments[name],
                        selects(fragment.selectionSet)
                    {
                        return true
                    }
                }
            }
            return false
        }
        return selects(operation.selectionSet)
    }
}

/// Writes the JSON of a built-in scalar's value when its coercion is the identity (see
/// `builtInLeaf`); false sends the value through the general path.
@inline(__always)
func writeBuiltInLeaf(
    _ kind: BuiltInScalar, _ value: any Sendable, _ key: UnsafeRawPointer,
    _ out: inout ByteBuffer
) -> Bool {
    switch kind {
    case .string, .id:
        guard key == stringKey else { return false }
        writeStringInPlace(value, &out)
    case .int:
        guard key == intKey else { return false }
        let int = loadInline(value, as: Int.self)
        guard int >= -2_147_483_648, int <= 2_147_483_647 else { return false }
        out.writeInt(int)
    case .float:
        if key == doubleKey {
            out.write(.double(loadInline(value, as: Double.self)))
        } else if key == intKey {
            out.writeInt(loadInline(value, as: Int.self))
        } else {
            return false
        }
    case .boolean:
        guard key == boolKey else { return false }
        if loadInline(value, as: Bool.self) {
            out.writeRaw("true")
        } else {
            out.writeRaw("false")
        }
    }
    return true
}

/// Writes the `String` stored directly in `value`'s container (see `storedType`) without
/// copying it.
@inline(__always)
func writeStringInPlace(_ value: any Sendable, _ out: inout ByteBuffer) {
    withUnsafePointer(to: value) {
        UnsafeRawPointer($0).withMemoryRebound(to: String.self, capacity: 1) {
            writeJSONString($0.pointee, &out)
        }
    }
}

/// Writes `string` as a JSON string.
@inline(__always)
func writeJSONString(_ string: String, _ out: inout ByteBuffer) {
    out.writeString(string)
}

/// Writes a built-in scalar's or enum's value when it is one written as it is (see
/// `builtInLeaf`); false sends it through the general path.
@inline(__always)
func writeLeaf(_ leaf: Completion, _ value: any Sendable, _ out: inout ByteBuffer) -> Bool {
    let key = storedType(value)
    if leaf.kind == .builtIn { return writeBuiltInLeaf(leaf.builtIn, value, key, &out) }
    guard key == stringKey, leaf.isEnumName(value) else { return false }
    writeStringInPlace(value, &out)
    return true
}
