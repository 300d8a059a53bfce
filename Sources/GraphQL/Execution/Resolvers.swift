import JSON

/// Resolves one field. Returns nil for null, `String`/`Int`/`Double`/`Bool`/`JSON` for
/// leaves, an array for lists, and anything else as the parent of the next level.
public typealias FieldResolver = @Sendable (ResolveContext) async throws -> (any Sendable)?

/// A resolver that never suspends; the executor calls it inline, without a task.
public typealias SyncFieldResolver = @Sendable (ResolveContext) throws -> (any Sendable)?

/// Names the object type of a value returned for an interface or union field.
public typealias TypeResolver =
    @Sendable (_ value: any Sendable, _ context: any Sendable) -> String?

/// Whether a value belongs to an object type: picks the type of a value returned for an
/// interface or union, and checks values returned for the object type itself.
public typealias IsTypeOf = @Sendable (_ value: any Sendable, _ context: any Sendable) -> Bool

/// The coercion of a custom scalar (graphql-js `serialize`, `parseValue`, `parseLiteral`).
///
/// Without one, a custom scalar passes values through unchanged. A thrown `GraphQLError`'s
/// message is reported as is; other errors as their description.
public struct CustomScalar: Sendable {
    /// A resolver's value, as JSON, to the value in the response.
    public var serialize: @Sendable (JSON) throws -> JSON
    /// A variable's JSON value to the value resolvers get.
    public var parseValue: @Sendable (JSON) throws -> JSON
    /// A literal, as JSON with its variables substituted, to the value resolvers get.
    public var parseLiteral: @Sendable (JSON) throws -> JSON

    public init(
        serialize: @escaping @Sendable (JSON) throws -> JSON,
        parseValue: @escaping @Sendable (JSON) throws -> JSON,
        parseLiteral: (@Sendable (JSON) throws -> JSON)? = nil
    ) {
        self.serialize = serialize
        self.parseValue = parseValue
        self.parseLiteral = parseLiteral ?? parseValue
    }
}

/// What a resolver gets: its parent value, coerced arguments, the request context and
/// where it is in the operation.
public struct ResolveContext: Sendable {
    public let parent: any Sendable
    /// Coerced argument values, defaults applied (spec 6.4.1 CoerceArgumentValues).
    public let arguments: JSONObject
    public let context: any Sendable
    public let info: ResolveInfo
}

/// Where a field is being resolved.
public struct ResolveInfo: Sendable {
    public let fieldName: String
    public let parentType: String
    public let returnType: GraphQLType
    public let path: [PathComponent]
    /// Every occurrence of the field merged under this response key.
    public let fieldNodes: [Field]
    public let schema: Schema
    public let operation: OperationDefinition
    public let fragments: [String: FragmentDefinition]
    public let variableValues: JSONObject
}

/// A value that knows its GraphQL shape, read by the default resolver.
public protocol GraphQLObject: Sendable {
    /// The object type name, used when the value is returned for an interface or union.
    var graphQLTypeName: String? { get }
    /// The value of a field, or nil for null.
    func graphQLField(_ name: String) -> (any Sendable)?
}

extension GraphQLObject {
    public var graphQLTypeName: String? { nil }
}

/// Resolvers by type and field name, and type resolvers for abstract types.
///
/// Fields without a resolver use the default one: a JSON object member, a
/// `[String: any Sendable]` entry, or `GraphQLObject.graphQLField`.
public struct ResolverMap: Sendable {
    enum Resolver: Sendable {
        case async(FieldResolver)
        case sync(SyncFieldResolver)
    }

    private(set) var fields: [String: [String: Resolver]] = [:]
    private(set) var typeResolvers: [String: TypeResolver] = [:]
    private(set) var isTypeOfs: [String: IsTypeOf] = [:]
    private(set) var customScalars: [String: CustomScalar] = [:]
    private(set) var subscriptionResolvers: [String: [String: SubscriptionResolver]] = [:]

    public init() {}

    public mutating func set(_ type: String, _ field: String, _ resolver: @escaping FieldResolver) {
        fields[type, default: [:]][field] = .async(resolver)
    }

    /// Registers a resolver that does not suspend, so the executor needs no task for it.
    public mutating func setSync(
        _ type: String, _ field: String, _ resolver: @escaping SyncFieldResolver
    ) {
        fields[type, default: [:]][field] = .sync(resolver)
    }

    /// Registers how values of an interface or union name their object type.
    public mutating func setTypeResolver(_ type: String, _ resolver: @escaping TypeResolver) {
        typeResolvers[type] = resolver
    }

    /// Registers how a custom scalar coerces results, variables and literals (validation
    /// included, through `validate(_:against:resolvers:)`).
    public mutating func setScalar(_ name: String, _ scalar: CustomScalar) {
        customScalars[name] = scalar
    }

    /// Registers the test for values of an object type (graphql-js `isTypeOf`). An abstract
    /// field's value without a type resolver or `__typename` gets the first possible type
    /// whose test passes; a value completed as this type must pass it.
    public mutating func setIsTypeOf(_ type: String, _ isTypeOf: @escaping IsTypeOf) {
        isTypeOfs[type] = isTypeOf
    }

    /// Registers how a subscription root field creates its source event stream; the field's
    /// ordinary resolver (or the default one) then resolves it on each event.
    public mutating func setSubscription(
        _ type: String, _ field: String, _ resolver: @escaping SubscriptionResolver
    ) {
        subscriptionResolvers[type, default: [:]][field] = resolver
    }

    func subscriptionResolver(_ type: String, _ field: String) -> SubscriptionResolver? {
        subscriptionResolvers[type]?[field]
    }

    /// Names of the fields with an asynchronous resolver, on any type.
    var asyncFieldNames: Set<String> {
        var names: Set<String> = []
        for byField in fields.values {
            for (name, resolver) in byField {
                if case .async = resolver { names.insert(name) }
            }
        }
        return names
    }

    func resolver(_ type: String, _ field: String) -> Resolver? {
        fields[type]?[field]
    }
}
