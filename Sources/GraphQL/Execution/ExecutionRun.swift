import JSON

/// One execution of one operation (spec 6.2, 6.3): the request's state and the result
/// under construction.
///
/// Only the task that calls `run()` touches this object. Resolvers that may suspend run
/// in child tasks and hand their value back; completion, null propagation and error
/// recording all happen here, so none of it needs a lock.
final class ExecutionRun {
    /// What error messages and resolvers need to know about the field being completed.
    struct FieldInfo {
        let parentType: String
        let definition: OutputField
        let nodes: [Field]
        let subfields: SubfieldCache
        var name: String { definition.name }
    }

    /// A field whose resolver may suspend, queued to run concurrently with its siblings.
    struct PendingField {
        let slot: ResultNode
        let resolver: FieldResolver
        let context: ResolveContext
        let info: FieldInfo
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
    /// The response path of the field being completed.
    var path: [PathComponent] = []
    var queued: [PendingField] = []
    /// Every node made, so their parent links can be cut when the run ends.
    var nodes: [ResultNode] = []
    /// Types of `GraphQLObject` values already completed that are not errors; see
    /// `knownObjectType(_:)`.
    private var knownObjectTypes: [(id: ObjectIdentifier, type: any GraphQLObject.Type)] = []

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
            let fields = collector.collect(operation.selectionSet, on: rootType)
            if operation.operation == .mutation {
                return await executeSerially(rootType, rootValue, fields)
            }
            guard let partial = executeFields(rootType, rootValue, fields) else { return .null }
            await drain()
            return partial.json
        }
    }

    /// Root mutation fields run one after another, each with everything below it
    /// (spec 6.3.1 "Normal and Serial Execution").
    private func executeSerially(
        _ type: ObjectType, _ rootValue: any Sendable, _ fields: [CollectedField]
    ) async -> JSON {
        let root = makeNode(.object(keys: [], values: []))
        var reader: ParentReader?
        var keys: [String] = []
        var values: [Partial] = []
        for field in fields {
            path = [.key(field.responseKey)]
            // Errors of this field follow every error of the fields before it.
            currentSequence = nextSequence
            nextSequence += 1
            guard let definition = fieldDefinition(type, field.name) else { continue }
            guard
                let partial = executeField(type, rootValue, field, definition, reader: &reader)
            else {
                return .null
            }
            adopt(partial, by: root, isNonNull: definition.type.isNonNull)
            keys.append(field.responseKey)
            values.append(partial)
            root.content = .object(keys: keys, values: values)
            await drain()
            if root.isNulled { return .null }
        }
        path = []
        return root.json
    }

    // MARK: - Fields

    /// ExecuteSelectionSet (spec 6.3): nil when a non-null field failed, so this object
    /// must become null in its parent.
    func executeFields(
        _ type: ObjectType, _ parent: any Sendable, _ fields: [CollectedField]
    ) -> Partial? {
        // Completed members go straight into the object; keys and values hold them
        // instead once a field is still pending.
        var object = JSONObject()
        object.members.reserveCapacity(fields.count)
        var keys: [String] = []
        var values: [Partial] = []
        var hasNodes = false
        var reader: ParentReader?
        for field in fields {
            let definition: OutputField
            if let cached = field.subfields.definition, cached.parent === type {
                guard let field = cached.field else { continue }
                definition = field
            } else {
                let found = fieldDefinition(type, field.name)
                field.subfields.definition = (type, found)
                guard let found else { continue }
                definition = found
            }
            path.append(.key(field.responseKey))
            let partial = executeField(type, parent, field, definition, reader: &reader)
            path.removeLast()
            guard let partial else {
                discard(values)
                return nil
            }
            if !hasNodes, case .json(let json) = partial {
                object.append(field.responseKey, json)
                continue
            }
            if !hasNodes {
                hasNodes = true
                keys = object.members.map(\.key)
                values = object.members.map { .json($0.value) }
            }
            if case .node(let node) = partial {
                node.isNonNull = definition.type.isNonNull
            }
            keys.append(field.responseKey)
            values.append(partial)
        }
        if !hasNodes { return .json(.object(object)) }
        let node = makeNode(.object(keys: keys, values: values))
        for case .node(let child) in values { child.parent = node }
        return .node(node)
    }

    private func fieldDefinition(_ type: ObjectType, _ name: String) -> OutputField? {
        if let field = type.fieldsByName[name] { return field }
        return Introspection.metaField(name, on: type, in: schema)
    }

    /// ExecuteField (spec 6.4): resolve, then complete. Nil propagates a null upward.
    ///
    /// `reader` is how the default resolver reads `parent`, found on first use and kept by
    /// the caller for the parent's other fields.
    private func executeField(
        _ type: ObjectType, _ parent: any Sendable, _ field: CollectedField,
        _ definition: OutputField, reader: inout ParentReader?
    ) -> Partial? {
        let info = FieldInfo(
            parentType: type.name, definition: definition, nodes: field.nodes,
            subfields: field.subfields)
        let name = definition.name
        if name == "__typename" { return .json(.string(type.name)) }

        var arguments = JSONObject()
        if !definition.arguments.isEmpty {
            do {
                arguments = try coercion.coerceArguments(
                    definition.arguments, field.nodes[0].arguments, variables: variables,
                    at: field.nodes[0].location, source: source)
            } catch {
                record(error, info)
                return definition.type.isNonNull ? nil : .json(.null)
            }
        }
        if name == "__schema" || name == "__type", type.name == schema.queryType?.name {
            return completeField(
                Introspection.resolveMetaField(name, arguments: arguments, in: schema), info)
        }

        let resolver = hasFieldResolvers ? resolvers.resolver(type.name, name) : nil
        switch resolver {
        case nil:
            if reader == nil { reader = makeReader(parent) }
            return completeField(reader!.field(name, arguments: arguments), info)
        case .sync(let resolve):
            let context = makeContext(parent, arguments, info)
            do {
                return completeField(try resolve(context), info)
            } catch {
                record(error, info)
                return definition.type.isNonNull ? nil : .json(.null)
            }
        case .async(let resolve):
            let slot = makeNode(.slot(nil))
            slot.isNonNull = definition.type.isNonNull
            queued.append(
                PendingField(
                    slot: slot, resolver: resolve, context: makeContext(parent, arguments, info),
                    info: info, path: path, sequence: nextSequence))
            nextSequence += 1
            return .node(slot)
        }
    }

    /// How the default resolver reads `parent`; remembers `GraphQLObject` types.
    private func makeReader(_ parent: any Sendable) -> ParentReader {
        if let known = knownObjectType(parent) { return .object(known.opened(parent)) }
        let reader = ParentReader(parent)
        if case .object(let object) = reader, knownObjectTypes.count < 16,
            !(parent is any Error)
        {
            let type = Swift.type(of: object)
            knownObjectTypes.append((ObjectIdentifier(type), type))
        }
        return reader
    }

    /// The type of `value` when it is exactly a `GraphQLObject` type met before as a parent
    /// and is not an error: such a value is not null, not an error and needs no cast to read.
    ///
    /// Types are compared by metadata, so a value wrapped in `Optional` or `AnyHashable`
    /// never matches.
    func knownObjectType(_ value: any Sendable) -> (any GraphQLObject.Type)? {
        guard !knownObjectTypes.isEmpty else { return nil }
        let id = ObjectIdentifier(Swift.type(of: value))
        for known in knownObjectTypes where known.id == id { return known.type }
        return nil
    }

    private func completeField(_ value: (any Sendable)?, _ info: FieldInfo) -> Partial? {
        let type = info.definition.type
        guard let partial = completeValue(type, value, info, cache: nil) else {
            return type.isNonNull ? nil : .json(.null)
        }
        return partial
    }

    private func makeContext(
        _ parent: any Sendable, _ arguments: JSONObject, _ info: FieldInfo
    ) -> ResolveContext {
        ResolveContext(
            parent: parent, arguments: arguments, context: context,
            info: ResolveInfo(
                fieldName: info.name, parentType: info.parentType,
                returnType: info.definition.type, path: path, fieldNodes: info.nodes,
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

    /// Records a field error at the current path (spec 6.4.4).
    func record(_ error: any Error, _ info: FieldInfo) {
        if let convertible = error as? any GraphQLErrorConvertible {
            return record(convertible.graphQLError, info)
        }
        if let error = error as? GraphQLError {
            if !error.path.isEmpty {
                append(error)
                return
            }
            // An error that knows its place in the document (an argument's value) keeps it.
            var located =
                error.locations.isEmpty
                ? GraphQLError(error.message, at: info.nodes.map(\.location), in: source)
                : GraphQLError(error.message, locations: error.locations)
            located.path = path
            located.extensions = error.extensions
            append(located)
            return
        }
        record(String(describing: error), info)
    }

    func record(_ message: String, _ info: FieldInfo) {
        var error = GraphQLError(message, at: info.nodes.map(\.location), in: source)
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
        path = pending.path
        currentSequence = pending.sequence
        defer { path = [] }
        switch result {
        case .failure(let error):
            record(error, pending.info)
            pending.slot.nullify()
        case .success(let value):
            guard
                let partial = completeValue(
                    pending.info.definition.type, value, pending.info, cache: nil)
            else {
                pending.slot.nullify()
                return
            }
            adopt(partial, by: pending.slot, isNonNull: true)
            pending.slot.content = .slot(partial)
        }
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
        case .none: nil
        }
    }
}

extension GraphQLObject {
    /// `value`, whose dynamic type is exactly `Self`, as a `GraphQLObject`.
    static func opened(_ value: any Sendable) -> any GraphQLObject { value as! Self }
}
