import JSON

/// One execution of one operation (spec 6.2, 6.3): the request's state and the result
/// under construction.
///
/// Only the task that calls `run()` touches this object. Resolvers that may suspend run
/// in child tasks and hand their value back; completion, null propagation and error
/// recording all happen here, so none of it needs a lock.
final class ExecutionRun {
    /// A field whose resolver may suspend, queued to run concurrently with its siblings.
    struct PendingField {
        let slot: ResultNode
        let resolver: FieldResolver
        let context: ResolveContext
        let field: FieldPlan
        let path: [PathComponent]
        /// The order in which it was queued; errors below it sort by this.
        let sequence: Int
    }

    let schema: Schema
    let resolvers: ResolverMap
    let operation: OperationDefinition
    let fragments: [String: FragmentDefinition]
    let variables: JSONObject
    let context: any Sendable
    let source: Source?
    let collector: FieldCollector
    let coercion: InputCoercion
    let scheduler = BatchScheduler()
    /// Whether `resolvers` has any field resolver, custom scalar or isTypeOf, so fields can
    /// skip looking them up.
    let hasFieldResolvers: Bool
    let hasCustomScalars: Bool
    let hasIsTypeOfs: Bool

    private(set) var errors: [GraphQLError] = []
    /// For each error, the sequence of the resolver whose completion recorded it.
    private var errorSequences: [Int] = []
    private var currentSequence = 0
    private var nextSequence = 1
    var queued: [PendingField] = []
    /// Every plan made, kept for the run: path slots refer to field plans unretained.
    var plansMade: [ObjectPlan] = []
    /// Every node made, so their parent links can be cut when the run ends.
    var nodes: [ResultNode] = []
    /// Types of `GraphQLObject` values already completed that are not errors; see
    /// `knownObjectType(_:)`.
    private var knownObjectTypes: [(key: UnsafeRawPointer, known: KnownObjectType)] = []
    /// Array types already completed as lists; see `knownListType(_:)`.
    private var knownListTypes: [(key: UnsafeRawPointer, type: any ListValue.Type)] = []

    init(
        schema: Schema, resolvers: ResolverMap, operation: OperationDefinition,
        fragments: [String: FragmentDefinition], variables: JSONObject, context: any Sendable,
        source: Source?
    ) {
        self.schema = schema
        self.resolvers = resolvers
        self.operation = operation
        self.fragments = fragments
        self.variables = variables
        self.context = context
        self.source = source
        self.collector = FieldCollector(schema: schema, fragments: fragments, variables: variables)
        self.coercion = InputCoercion(schema: schema, customScalars: resolvers.customScalars)
        self.hasFieldResolvers = !resolvers.fields.isEmpty
        self.hasCustomScalars = !resolvers.customScalars.isEmpty
        self.hasIsTypeOfs = !resolvers.isTypeOfs.isEmpty
    }

    // MARK: - Operation

    /// ExecuteQuery / ExecuteMutation (spec 6.2.1, 6.2.2); the result's `data`.
    func run(rootType: ObjectType, rootValue: any Sendable) async -> JSON {
        defer {
            for node in nodes { node.parent = nil }
        }
        return await BatchScheduler.$current.withValue(scheduler) {
            let plan = makePlan(rootType, collector.collect(operation.selectionSet, on: rootType))
            if operation.operation == .mutation {
                return await executeSerially(plan, rootValue)
            }
            var walk = Walk()
            guard let partial = executeFields(plan, rootValue, nil, &walk) else { return .null }
            await drain()
            return partial.json
        }
    }

    /// Root mutation fields run one after another, each with everything below it
    /// (spec 6.3.1 "Normal and Serial Execution").
    private func executeSerially(_ plan: ObjectPlan, _ rootValue: any Sendable) async -> JSON {
        let root = makeNode(.object(keys: [], values: []))
        var source = LazySource()
        var keys: [String] = []
        var values: [Partial] = []
        var walk = Walk()
        for field in plan.fields {
            walk.stack = [PathSlot(field)]
            // Errors of this field follow every error of the fields before it.
            currentSequence = nextSequence
            nextSequence += 1
            guard let partial = executeField(field, rootValue, &source, &walk) else {
                return .null
            }
            adopt(partial, by: root, isNonNull: field.isNonNull)
            keys.append(field.responseKey)
            values.append(partial)
            root.content = .object(keys: keys, values: values)
            await drain()
            if root.isNulled { return .null }
        }
        return root.json
    }

    // MARK: - Fields

    /// ExecuteSelectionSet (spec 6.3): nil when a non-null field failed, so this object
    /// must become null in its parent. `known` is the type of `parent` when
    /// `knownObjectType(_:)` found it.
    func executeFields(
        _ plan: ObjectPlan, _ parent: any Sendable, _ known: KnownObjectType?,
        _ walk: inout Walk
    ) -> Partial? {
        if let known {
            var source = ObjectSource(object: known.open(parent))
            return executeFields(plan, parent, &source, &walk)
        }
        var source = LazySource()
        return executeFields(plan, parent, &source, &walk)
    }

    private func executeFields<Source: FieldSource>(
        _ plan: ObjectPlan, _ parent: any Sendable, _ source: inout Source, _ walk: inout Walk
    ) -> Partial? {
        // Completed members go straight into the object; keys and values hold them
        // instead once a field is still pending.
        var object = JSONObject()
        object.members.reserveCapacity(plan.fields.count)
        var keys: [String] = []
        var values: [Partial] = []
        var hasNodes = false
        let fields = plan.unretainedFields
        for index in fields.indices {
            // The plan holds its fields for the whole run: no retain per field.
            let completed = fields[index]._withUnsafeGuaranteedRef { field -> Bool in
                let partial: Partial?
                if field.isPlainRead {
                    // A leaf read as it is completes without the path, which only errors
                    // need.
                    let value = boxed(source.readPlain(field, parent, self))
                    if let leaf = field.unretainedLeaf,
                        let json = leaf._withUnsafeGuaranteedRef({ leafJSON($0, value) })
                    {
                        partial = .json(json)
                    } else {
                        walk.stack.append(PathSlot(field))
                        partial = complete(field.completion, value, field, &walk) ?? failed(field)
                        walk.stack.removeLast()
                    }
                } else {
                    walk.stack.append(PathSlot(field))
                    partial = executeField(field, parent, &source, &walk)
                    walk.stack.removeLast()
                }
                guard let partial else { return false }
                if !hasNodes, case .json(let json) = partial {
                    object.members.append((key: field.responseKey, value: json))
                    return true
                }
                if !hasNodes {
                    hasNodes = true
                    keys = object.members.map(\.key)
                    values = object.members.map { .json($0.value) }
                }
                if case .node(let node) = partial {
                    node.isNonNull = field.isNonNull
                }
                keys.append(field.responseKey)
                values.append(partial)
                return true
            }
            guard completed else {
                discard(values)
                return nil
            }
        }
        if !hasNodes { return .json(.object(object)) }
        let node = makeNode(.object(keys: keys, values: values))
        for case .node(let child) in values { child.parent = node }
        return .node(node)
    }

    /// ExecuteField (spec 6.4): resolve, then complete. Nil propagates a null upward.
    ///
    /// `source` is how the default resolver reads `parent`, kept by the caller for the
    /// parent's other fields.
    func executeField<Source: FieldSource>(
        _ field: FieldPlan, _ parent: any Sendable, _ source: inout Source, _ walk: inout Walk
    ) -> Partial? {
        if field.isPlainRead {
            let value = boxed(source.readPlain(field, parent, self))
            if let leaf = field.unretainedLeaf,
                let json = leaf._withUnsafeGuaranteedRef({ leafJSON($0, value) })
            {
                return .json(json)
            }
            return complete(field.completion, value, field, &walk) ?? failed(field)
        }
        switch field.resolution {
        case .typename:
            return .json(.string(field.parentType.name))
        case .async(let resolve):
            guard let arguments = arguments(field, &walk) else { return failed(field) }
            let slot = makeNode(.slot(nil))
            slot.isNonNull = field.isNonNull
            let path = walk.path
            queued.append(
                PendingField(
                    slot: slot, resolver: resolve,
                    context: makeContext(parent, arguments, field, path), field: field,
                    path: path, sequence: nextSequence))
            nextSequence += 1
            return .node(slot)
        default:
            guard let value = resolveSync(field, parent, &source, &walk) else {
                return failed(field)
            }
            return complete(field.completion, value, field, &walk) ?? failed(field)
        }
    }

    /// A field that failed: null, or nil to propagate the null when the field is non-null.
    @inline(__always)
    func failed(_ field: FieldPlan) -> Partial? {
        field.isNonNull ? nil : .json(.null)
    }

    /// Coerced arguments of `field`, or nil after recording why they are invalid.
    func arguments(_ field: FieldPlan, _ walk: inout Walk) -> JSONObject? {
        guard field.hasArguments else { return JSONObject() }
        do {
            return try coercion.coerceArguments(
                field.definition.arguments, field.nodes[0].arguments, variables: variables,
                at: field.nodes[0].location, source: source)
        } catch {
            record(error, field, walk)
            return nil
        }
    }

    /// The value of a field whose resolver does not suspend (not `__typename`), null boxed
    /// (see `boxed(_:)`); nil after recording an error.
    func resolveSync<Source: FieldSource>(
        _ field: FieldPlan, _ parent: any Sendable, _ source: inout Source, _ walk: inout Walk
    ) -> (any Sendable)? {
        guard let arguments = arguments(field, &walk) else { return nil }
        switch field.resolution {
        case .meta:
            return boxed(
                Introspection.resolveMetaField(field.name, arguments: arguments, in: schema))
        case .sync(let resolve):
            let context = makeContext(parent, arguments, field, walk.path)
            do {
                return boxed(try resolve(context))
            } catch {
                record(error, field, walk)
                return nil
            }
        case .defaultResolver, .typename, .async:
            return boxed(source.read(field, arguments, parent, self))
        }
    }

    /// How the default resolver reads `parent`; remembers `GraphQLObject` types.
    func makeReader(_ parent: any Sendable) -> ParentReader {
        if let known = knownObjectType(storedType(parent)) {
            return .object(known.open(parent))
        }
        let reader = ParentReader(parent)
        if case .object(let object) = reader, knownObjectTypes.count < 16,
            !(parent is any Error)
        {
            let type = Swift.type(of: object)
            // Only a value stored directly (not inside another existential) is read in place.
            if storedType(parent) == typeKey(type) {
                knownObjectTypes.append(
                    (typeKey(type), KnownObjectType(type: type, isClass: type is AnyObject.Type)))
            }
        }
        return reader
    }

    /// The `GraphQLObject` type stored as `key` (a value's `storedType`) when met before as
    /// a parent and not an error: such a value is not null, not an error and needs no cast
    /// to read.
    ///
    /// Types are compared by metadata, so a value wrapped in `Optional`, `AnyHashable` or
    /// another existential never matches.
    @inline(__always)
    func knownObjectType(_ key: UnsafeRawPointer) -> KnownObjectType? {
        for entry in knownObjectTypes where entry.key == key { return entry.known }
        return nil
    }

    /// `value` as a list when its stored type (`key`) is an array type completed before;
    /// such a value is not null and not an error.
    @inline(__always)
    func knownList(_ value: any Sendable, _ key: UnsafeRawPointer) -> (any ListValue)? {
        for known in knownListTypes where known.key == key { return known.type.opened(value) }
        return nil
    }

    /// A list value (a Swift array or a JSON array) that is not null and not an error, as a
    /// `ListValue`; remembers array types. Nil when the value is not a list.
    func listValue(_ value: any Sendable) -> (any ListValue)? {
        if let list = value as? any ListValue {
            let type = Swift.type(of: list)
            if knownListTypes.count < 16, storedType(value) == typeKey(type) {
                knownListTypes.append((typeKey(type), type))
            }
            return list
        }
        if let json = value as? JSON {
            guard case .array(let array) = json else { return nil }
            return array
        }
        return nil
    }

    func makeContext(
        _ parent: any Sendable, _ arguments: JSONObject, _ field: FieldPlan,
        _ path: [PathComponent]
    ) -> ResolveContext {
        ResolveContext(
            parent: parent, arguments: arguments, context: context,
            info: ResolveInfo(
                fieldName: field.name, parentType: field.parentType.name,
                returnType: field.definition.type, path: path, fieldNodes: field.nodes,
                schema: schema, operation: operation, fragments: fragments,
                variableValues: variables))
    }

    // MARK: - Result nodes and errors

    func makeNode(_ content: ResultNode.Content) -> ResultNode {
        let node = ResultNode(content)
        nodes.append(node)
        return node
    }

    /// Makes `partial`, if it is a node, a child of `parent` at a position of the given nullability.
    func adopt(_ partial: Partial, by parent: ResultNode, isNonNull: Bool) {
        if case .node(let node) = partial {
            node.parent = parent
            node.isNonNull = isNonNull
        }
    }

    /// Marks nodes of an abandoned object or list so their pending resolvers are ignored.
    func discard(_ values: [Partial]) {
        for case .node(let node) in values { node.isNulled = true }
    }

    /// Records a field error at the walk's path (spec 6.4.4).
    func record(_ error: any Error, _ field: FieldPlan, _ walk: borrowing Walk) {
        record(error, field, path: walk.path)
    }

    func record(_ error: any Error, _ field: FieldPlan, path: [PathComponent]) {
        if let convertible = error as? any GraphQLErrorConvertible {
            return record(convertible.graphQLError, field, path: path)
        }
        if let error = error as? GraphQLError {
            if !error.path.isEmpty {
                append(error)
                return
            }
            // An error that knows its place in the document (an argument's value) keeps it.
            var located =
                error.locations.isEmpty
                ? GraphQLError(error.message, at: field.nodes.map(\.location), in: source)
                : GraphQLError(error.message, locations: error.locations)
            located.path = path
            located.extensions = error.extensions
            append(located)
            return
        }
        record(String(describing: error), field, path: path)
    }

    func record(_ message: String, _ field: FieldPlan, _ walk: borrowing Walk) {
        record(message, field, path: walk.path)
    }

    func record(_ message: String, _ field: FieldPlan, path: [PathComponent]) {
        var error = GraphQLError(message, at: field.nodes.map(\.location), in: source)
        error.path = path
        append(error)
    }

    private func append(_ error: GraphQLError) {
        errors.append(error)
        errorSequences.append(currentSequence)
    }

    /// The field errors in a deterministic order: those of resolvers started earlier first,
    /// whatever order concurrent resolvers finished in (graphql-js's order when they settle
    /// together).
    var orderedErrors: [GraphQLError] {
        guard errorSequences.count > 1 else { return errors }
        return zip(errorSequences, errors).enumerated()
            .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map(\.element.1)
    }

    // MARK: - Asynchronous resolvers

    /// Runs queued resolvers until none is left, completing each result as it arrives.
    ///
    /// A lone resolver with nothing else in flight is awaited inline; otherwise all
    /// queued resolvers run as child tasks of one group, so DataLoader keys from
    /// siblings and list items batch together.
    func drain() async {
        while !queued.isEmpty {
            if queued.count == 1 {
                let pending = queued.removeFirst()
                scheduler.started()
                let result = await Self.call(pending.resolver, pending.context)
                complete(pending, result)
                scheduler.finished()
                continue
            }
            await withTaskGroup(of: Indexed<Result<(any Sendable)?, any Error>>.self) { group in
                var inFlight: [Int: PendingField] = [:]
                var nextID = 0
                func startQueued() {
                    guard !queued.isEmpty else { return }
                    scheduler.started(queued.count)
                    for pending in queued {
                        let id = nextID
                        nextID += 1
                        inFlight[id] = pending
                        let resolver = pending.resolver
                        let context = pending.context
                        group.addTask {
                            let result = await Self.call(resolver, context)
                            return Indexed(id, result)
                        }
                    }
                    queued.removeAll()
                }
                startQueued()
                while let finished = await group.next() {
                    guard let pending = inFlight.removeValue(forKey: finished.index) else {
                        continue
                    }
                    complete(pending, finished.value)
                    startQueued()
                    scheduler.finished()
                }
            }
        }
    }

    private static func call(
        _ resolver: FieldResolver, _ context: ResolveContext
    ) async -> Result<(any Sendable)?, any Error> {
        do { return .success(try await resolver(context)) } catch { return .failure(error) }
    }

    private func complete(_ pending: PendingField, _ result: Result<(any Sendable)?, any Error>) {
        guard !pending.slot.isDiscarded else { return }
        currentSequence = pending.sequence
        switch result {
        case .failure(let error):
            record(error, pending.field, path: pending.path)
            pending.slot.nullify()
        case .success(let value):
            var walk = Walk(base: pending.path)
            guard
                let partial = complete(
                    pending.field.completion, boxed(value), pending.field, &walk)
            else {
                pending.slot.nullify()
                return
            }
            adopt(partial, by: pending.slot, isNonNull: true)
            pending.slot.content = .slot(partial)
        }
    }
}

/// How fields of one parent value are read by the default resolver.
protocol FieldSource {
    mutating func read(
        _ field: FieldPlan, _ arguments: JSONObject, _ parent: any Sendable, _ run: ExecutionRun
    ) -> (any Sendable)?

    /// `read` for a field without arguments.
    mutating func readPlain(
        _ field: FieldPlan, _ parent: any Sendable, _ run: ExecutionRun
    ) -> (any Sendable)?
}

/// A parent whose `GraphQLObject` type is known, read without a cast or a copy.
struct ObjectSource: FieldSource {
    let object: any GraphQLObject

    @inline(__always)
    func read(
        _ field: FieldPlan, _ arguments: JSONObject, _ parent: any Sendable, _ run: ExecutionRun
    ) -> (any Sendable)? {
        object.graphQLField(field.name)
    }

    @inline(__always)
    func readPlain(
        _ field: FieldPlan, _ parent: any Sendable, _ run: ExecutionRun
    ) -> (any Sendable)? {
        object.graphQLField(field.name)
    }
}

/// Any other parent: how to read it is found on first use.
struct LazySource: FieldSource {
    var reader = ParentReader.unread

    mutating func read(
        _ field: FieldPlan, _ arguments: JSONObject, _ parent: any Sendable, _ run: ExecutionRun
    ) -> (any Sendable)? {
        if case .unread = reader { reader = run.makeReader(parent) }
        return reader.field(field.name, arguments: arguments)
    }

    mutating func readPlain(
        _ field: FieldPlan, _ parent: any Sendable, _ run: ExecutionRun
    ) -> (any Sendable)? {
        read(field, JSONObject(), parent, run)
    }
}

/// How the default field resolver reads one parent value: a JSON member, an introspection
/// value's field, a `GraphQLObject` field, a dictionary entry or a `JSONObject` member.
///
/// Found once per parent object, so its fields need no dynamic cast each.
enum ParentReader {
    case json(JSON)
    case introspection(any IntrospectionValue)
    case object(any GraphQLObject)
    case dictionary([String: any Sendable])
    case jsonObject(JSONObject)
    case none
    /// Not found yet.
    case unread

    init(_ parent: any Sendable) {
        if let json = parent as? JSON {
            self = .json(json)
        } else if let value = parent as? any IntrospectionValue {
            self = .introspection(value)
        } else if let object = parent as? any GraphQLObject {
            self = .object(object)
        } else if let dictionary = parent as? [String: any Sendable] {
            self = .dictionary(dictionary)
        } else if let object = parent as? JSONObject {
            self = .jsonObject(object)
        } else {
            self = .none
        }
    }

    /// The default resolver's value of field `name`.
    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        switch self {
        case .json(let json): json[name]
        case .introspection(let value): value.field(name, arguments: arguments)
        case .object(let object): object.graphQLField(name)
        case .dictionary(let dictionary): dictionary[name]
        case .jsonObject(let object): object[name]
        case .none, .unread: nil
        }
    }
}
