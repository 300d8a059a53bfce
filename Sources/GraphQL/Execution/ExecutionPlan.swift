import JSON

/// How a field's value completes (spec 6.4.3 CompleteValue), compiled once per field plan
/// from its return type, so completing a value looks up no type by name.
///
/// A class with a trivial `kind`, so reading it on every value costs no reference counting.
final class Completion {
    enum Kind {
        case nonNull
        case list
        /// `builtIn` says which.
        case builtIn
        /// A scalar without registered coercion: values pass through.
        case scalar
        case customScalar
        case enumType
        case object
        /// An interface or union, by `name`.
        case abstract
        /// An input object or unknown type `name`: an error for every non-null value.
        case unexpected
    }

    let kind: Kind
    /// The wrapped type of a non-null or list type.
    let inner: Completion?
    let builtIn: BuiltInScalar
    let scalar: ScalarType?
    let custom: CustomScalar?
    let enumType: EnumType?
    /// The enum's value names when there are few, compared in place of a hash lookup.
    let enumNames: [String]?
    /// The bits of each of `enumNames`: a short name is stored inline, so a value with the
    /// same bits is that name (a miss is checked by comparing strings).
    let enumNameBits: [(UInt64, UInt64)]
    let objectType: ObjectType?
    let name: String

    init(
        _ kind: Kind, inner: Completion? = nil, builtIn: BuiltInScalar = .string,
        scalar: ScalarType? = nil, custom: CustomScalar? = nil, enumType: EnumType? = nil,
        objectType: ObjectType? = nil, name: String = ""
    ) {
        self.kind = kind
        self.inner = inner
        self.builtIn = builtIn
        self.scalar = scalar
        self.custom = custom
        self.enumType = enumType
        self.enumNames =
            enumType.flatMap { $0.values.count <= 16 ? $0.values.map(\.name) : nil }
        self.enumNameBits =
            enumNames?.map { name in
                withUnsafeBytes(of: name) {
                    ($0.load(as: UInt64.self), $0.load(fromByteOffset: 8, as: UInt64.self))
                }
            } ?? []
        self.objectType = objectType
        self.name = name
    }

    /// Whether the `String` stored directly in `value` is one of `enumNames`.
    @inline(__always)
    func isEnumName(_ value: any Sendable) -> Bool {
        guard let enumNames else { return false }
        return withUnsafePointer(to: value) {
            let raw = UnsafeRawPointer($0)
            let bits = (raw.load(as: UInt64.self), raw.load(fromByteOffset: 8, as: UInt64.self))
            for name in enumNameBits where name == bits { return true }
            return enumNames.contains(raw.assumingMemoryBound(to: String.self).pointee)
        }
    }

    var isNonNull: Bool { kind == .nonNull }
}

/// How a field's value is found.
enum FieldResolution {
    /// `__typename`: the parent type's name, without resolver or arguments.
    case typename
    /// `__schema` or `__type` on the query type.
    case meta
    case defaultResolver
    case sync(SyncFieldResolver)
    case async(FieldResolver)
}

/// One response key of a selection set on one object type, with everything executing it
/// needs: found once per run, then shared by every value of that type completed there.
final class FieldPlan {
    let responseKey: String
    /// The field name, as the default resolver reads it.
    let name: String
    /// Every occurrence merged under the response key, in document order.
    let nodes: [Field]
    let definition: OutputField
    let parentType: ObjectType
    let resolution: FieldResolution
    let completion: Completion
    let isNonNull: Bool
    /// The completion of a built-in scalar or enum return type (nullable or not), whose
    /// common values are written without walking `completion`.
    let leaf: Completion?
    /// `leaf`, to read without retaining it (the plan holds it).
    let unretainedLeaf: Unmanaged<Completion>?
    let hasArguments: Bool
    /// Read by the default resolver without arguments.
    let isPlainRead: Bool
    /// What precedes the value in the JSON object: `{"responseKey":` for the first field of
    /// its selection set, else `,"responseKey":` (owned memory: copying it costs no
    /// reference count).
    let keyBytes: UnsafeBufferPointer<UInt8>
    /// The sub-selection on the object type completed last (the only one for an
    /// object-typed field).
    var objectPlan: ObjectPlan?
    /// `objectPlan`, to read without retaining it.
    var unretainedObjectPlan: Unmanaged<ObjectPlan>?
    /// Sub-selections on other runtime types of an abstract field.
    var otherPlans: [ObjectPlan] = []

    init(
        responseKey: String, nodes: [Field], definition: OutputField, parentType: ObjectType,
        resolution: FieldResolution, completion: Completion, isFirst: Bool
    ) {
        self.responseKey = responseKey
        self.name = definition.name
        self.nodes = nodes
        self.definition = definition
        self.parentType = parentType
        self.resolution = resolution
        self.completion = completion
        isNonNull = completion.isNonNull
        let named = completion.isNonNull ? completion.inner! : completion
        leaf = named.kind == .builtIn || named.kind == .enumType ? named : nil
        unretainedLeaf = leaf.map { Unmanaged.passUnretained($0) }
        hasArguments = !definition.arguments.isEmpty
        if case .defaultResolver = resolution, !hasArguments {
            isPlainRead = true
        } else {
            isPlainRead = false
        }
        var writer = JSONWriter(capacity: responseKey.utf8.count + 4)
        writer.bytes.append(isFirst ? UInt8(ascii: "{") : UInt8(ascii: ","))
        writer.writeString(responseKey)
        writer.bytes.append(UInt8(ascii: ":"))
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: writer.bytes.count)
        _ = bytes.initialize(from: writer.bytes)
        keyBytes = UnsafeBufferPointer(bytes)
    }

    deinit { keyBytes.deallocate() }
}

/// The merged selection set executed on values of one object type.
final class ObjectPlan {
    let type: ObjectType
    let fields: [FieldPlan]

    /// `fields`, to read without retaining each (the plan holds them).
    let unretainedFields: [Unmanaged<FieldPlan>]

    init(type: ObjectType, fields: [FieldPlan]) {
        self.type = type
        self.fields = fields
        unretainedFields = fields.map { Unmanaged.passUnretained($0) }
    }
}

extension ExecutionRun {
    /// The plan of `fields` collected on `type`: fields the type does not define are left
    /// out, as execution skips them.
    func makePlan(_ type: ObjectType, _ fields: [CollectedField]) -> ObjectPlan {
        var plans: [FieldPlan] = []
        plans.reserveCapacity(fields.count)
        let isQueryType = type.name == schema.queryType?.name
        for field in fields {
            let name = field.name
            let definition: OutputField
            if let found = type.fieldsByName[name] {
                definition = found
            } else if let meta = Introspection.metaField(name, on: type, in: schema) {
                definition = meta
            } else {
                continue
            }
            let resolution: FieldResolution
            if name == "__typename" {
                resolution = .typename
            } else if isQueryType, name == "__schema" || name == "__type" {
                resolution = .meta
            } else {
                switch hasFieldResolvers ? resolvers.resolver(type.name, name) : nil {
                case nil: resolution = .defaultResolver
                case .sync(let resolve): resolution = .sync(resolve)
                case .async(let resolve): resolution = .async(resolve)
                }
            }
            plans.append(
                FieldPlan(
                    responseKey: field.responseKey, nodes: field.nodes, definition: definition,
                    parentType: type, resolution: resolution,
                    completion: compile(definition.type), isFirst: plans.isEmpty))
        }
        let plan = ObjectPlan(type: type, fields: plans)
        plansMade.append(plan)
        return plan
    }

    /// `childPlan(_:_:)`, unretained: the run keeps every plan it made.
    @inline(__always)
    func unretainedChildPlan(_ field: FieldPlan, _ type: ObjectType) -> Unmanaged<ObjectPlan> {
        if let plan = field.unretainedObjectPlan,
            plan._withUnsafeGuaranteedRef({ $0.type === type })
        {
            return plan
        }
        return Unmanaged.passUnretained(childPlan(field, type))
    }

    /// The sub-selection of `field` on the runtime object type `type`, collected once.
    func childPlan(_ field: FieldPlan, _ type: ObjectType) -> ObjectPlan {
        if let plan = field.objectPlan, plan.type === type { return plan }
        for plan in field.otherPlans where plan.type === type { return plan }
        let plan = makePlan(type, collector.collectSubfields(field.nodes, on: type))
        if field.objectPlan == nil {
            field.objectPlan = plan
            field.unretainedObjectPlan = Unmanaged.passUnretained(plan)
        } else {
            field.otherPlans.append(plan)
        }
        return plan
    }

    func compile(_ type: GraphQLType) -> Completion {
        switch type {
        case .nonNull(let inner): return Completion(.nonNull, inner: compile(inner))
        case .list(let inner): return Completion(.list, inner: compile(inner))
        case .named(let name):
            switch schema.types[name] {
            case .scalar(let scalar):
                if hasCustomScalars, let custom = resolvers.customScalars[name] {
                    return Completion(.customScalar, custom: custom, name: name)
                }
                if let builtIn = scalar.builtIn {
                    return Completion(.builtIn, builtIn: builtIn, scalar: scalar, name: name)
                }
                return Completion(.scalar, scalar: scalar, name: name)
            case .enumType(let enumType):
                return Completion(.enumType, enumType: enumType, name: name)
            case .object(let object): return Completion(.object, objectType: object, name: name)
            case .interface, .union: return Completion(.abstract, name: name)
            case .inputObject, nil: return Completion(.unexpected, name: name)
            }
        }
    }
}

/// One step of the response path: a field's response key or a list index. Refers to its
/// field plan without retaining it: the run keeps every plan it made (`plansMade`) until it
/// ends, past every walk.
struct PathSlot {
    let field: UnsafeRawPointer?
    let index: Int

    @inline(__always)
    init(_ field: FieldPlan) {
        self.field = UnsafeRawPointer(Unmanaged.passUnretained(field).toOpaque())
        index = 0
    }

    @inline(__always)
    init(index: Int) {
        field = nil
        self.index = index
    }
}

/// The state of one walk down the result: the response path, kept as a cheap stack and
/// turned into `[PathComponent]` only for errors and resolvers, and the bytes written by
/// the direct-to-JSON path.
struct Walk {
    /// The path above the stack (a pending field's path when its value completes later).
    var base: [PathComponent] = []
    var stack: [PathSlot] = []
    /// Unallocated unless the direct JSON writer uses it.
    var out = ByteBuffer()

    init(base: [PathComponent] = []) {
        self.base = base
        stack.reserveCapacity(16)
    }

    var path: [PathComponent] {
        var path = base
        path.reserveCapacity(base.count + stack.count)
        for slot in stack {
            if let field = slot.field {
                let plan = Unmanaged<FieldPlan>.fromOpaque(field).takeUnretainedValue()
                path.append(.key(plan.responseKey))
            } else {
                path.append(.index(slot.index))
            }
        }
        return path
    }
}
