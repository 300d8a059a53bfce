import Synchronization

/// A GraphQL schema (spec 3): named types, root operation types and directives.
///
/// Immutable once built; every lookup the validator and executor need is a
/// dictionary built here once. Introspection types (`__Schema`, ...) and the
/// built-in scalars are always present.
public final class Schema: Sendable {
    public let description: String?
    public let queryType: ObjectType?
    public let mutationType: ObjectType?
    public let subscriptionType: ObjectType?
    public let types: [String: NamedType]
    /// Type names in graphql-js type-map order, which introspection and printing follow.
    public let typeNames: [String]
    public let directives: [SchemaDirective]
    public let directivesByName: [String: SchemaDirective]
    /// Directives applied to the schema definition and its extensions.
    public let appliedDirectives: [AppliedDirective]
    /// The schema definition followed by its extensions.
    public let nodes: [SchemaDefinition]
    /// Whether `nodes` starts with a schema definition (SDL may only extend the schema).
    public let hasSchemaDefinition: Bool
    /// The SDL the schema was built from, which locates its nodes for error messages.
    public let source: Source?

    /// The root operation type names as given, whatever kind of type they name.
    let rootTypeNames: [OperationType: String]
    /// `validateSchema`'s answer, computed on first use.
    let validationErrors = Mutex<[GraphQLError]?>(nil)
    /// Set once `validateSchema` found no error, so valid schemas answer without a lock.
    let isKnownValid = Atomic<Bool>(false)

    private let possibleTypesByName: [String: [ObjectType]]
    private let possibleTypeSets: [String: Set<String>]
    private let implementingInterfaces: [String: [InterfaceType]]

    /// Builds a schema from types already known to be consistent (see `Schema(sdl:)`).
    ///
    /// Built-in scalars and introspection types are added when missing; directives the
    /// spec defines are appended unless `directives` redefines them. A root that names a
    /// type of another kind leaves that root nil and is reported by `validateSchema`.
    /// `hasSchemaDefinition` defaults to whether there are `nodes`.
    public init(
        types: [NamedType], queryType: String?, mutationType: String? = nil,
        subscriptionType: String? = nil, directives: [SchemaDirective] = [],
        description: String? = nil, appliedDirectives: [AppliedDirective] = [],
        nodes: [SchemaDefinition] = [], hasSchemaDefinition: Bool? = nil, source: Source? = nil
    ) {
        var byName: [String: NamedType] = [:]
        for type in types { byName[type.name] = byName[type.name] ?? type }
        for scalar in BuiltInScalar.allCases where byName[scalar.rawValue] == nil {
            byName[scalar.rawValue] = .scalar(scalar.type)
        }
        for type in Introspection.types { byName[type.name] = type }

        var allDirectives = directives
        for directive in SchemaDirective.specified
        where !allDirectives.contains(where: { $0.name == directive.name }) {
            allDirectives.append(directive)
        }

        func object(_ name: String?) -> ObjectType? {
            guard let name, case .object(let type) = byName[name] else { return nil }
            return type
        }
        self.queryType = object(queryType)
        self.mutationType = object(mutationType)
        self.subscriptionType = object(subscriptionType)
        self.types = byName
        self.directives = allDirectives
        self.directivesByName = Dictionary(
            allDirectives.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.description = description
        self.appliedDirectives = appliedDirectives
        self.nodes = nodes
        self.hasSchemaDefinition = hasSchemaDefinition ?? !nodes.isEmpty
        self.source = source
        var rootNames: [OperationType: String] = [:]
        rootNames[.query] = queryType
        rootNames[.mutation] = mutationType
        rootNames[.subscription] = subscriptionType
        self.rootTypeNames = rootNames
        self.typeNames = Schema.typeMapOrder(
            declared: types.map(\.name), roots: [queryType, mutationType, subscriptionType],
            directives: allDirectives, types: byName)

        var possible: [String: [ObjectType]] = [:]
        var interfacesOf: [String: [InterfaceType]] = [:]
        for name in typeNames {
            switch byName[name] {
            case .object(let type):
                for interface in type.interfaces { possible[interface, default: []].append(type) }
            case .interface(let type):
                for interface in type.interfaces {
                    interfacesOf[interface, default: []].append(type)
                }
            case .union(let type):
                possible[type.name] = type.types.compactMap {
                    if case .object(let member) = byName[$0] { member } else { nil }
                }
            default:
                break
            }
        }
        self.possibleTypesByName = possible
        self.possibleTypeSets = possible.mapValues { Set($0.map(\.name)) }
        self.implementingInterfaces = interfacesOf
    }

    public subscript(name: String) -> NamedType? { types[name] }

    public func objectType(_ name: String) -> ObjectType? {
        if case .object(let type) = types[name] { return type }
        return nil
    }

    public func rootType(for operation: OperationType) -> ObjectType? {
        switch operation {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
    }

    /// Object types an abstract type may be at runtime (spec 3.7, 3.8).
    public func possibleTypes(of abstractType: String) -> [ObjectType] {
        possibleTypesByName[abstractType] ?? []
    }

    public func isPossibleType(_ objectType: String, of abstractType: String) -> Bool {
        possibleTypeSets[abstractType]?.contains(objectType) ?? false
    }

    /// Objects and interfaces that declare they implement an interface.
    public func implementations(of interface: String) -> (
        objects: [ObjectType], interfaces: [InterfaceType]
    ) {
        (possibleTypesByName[interface] ?? [], implementingInterfaces[interface] ?? [])
    }

    /// Whether `maybeSubType` is `superType`, one of its possible types, or an interface
    /// implementing it.
    public func isSubType(_ maybeSubType: String, of superType: String) -> Bool {
        if maybeSubType == superType { return true }
        if isPossibleType(maybeSubType, of: superType) { return true }
        return implementingInterfaces[superType]?.contains { $0.name == maybeSubType } ?? false
    }

    public var nonIntrospectionTypeNames: [String] {
        typeNames.filter { !$0.hasPrefix("__") }
    }
}

extension Schema {
    /// The order graphql-js's schema constructor gives its type map: declared types, each
    /// followed by the types it first references, then roots, directive arguments and
    /// introspection types.
    fileprivate static func typeMapOrder(
        declared: [String], roots: [String?], directives: [SchemaDirective],
        types: [String: NamedType]
    ) -> [String] {
        var order: [String] = []
        var seen: Set<String> = []

        func collect(_ name: String) {
            guard !seen.contains(name), let type = types[name] else { return }
            seen.insert(name)
            order.append(name)
            switch type {
            case .union(let union):
                union.types.forEach(collect)
            case .object(let object):
                object.interfaces.forEach(collect)
                collectFields(object.fields)
            case .interface(let interface):
                interface.interfaces.forEach(collect)
                collectFields(interface.fields)
            case .inputObject(let input):
                for field in input.fields { collect(field.type.namedType) }
            default:
                break
            }
        }
        func collectFields(_ fields: [OutputField]) {
            for field in fields {
                collect(field.type.namedType)
                for argument in field.arguments { collect(argument.type.namedType) }
            }
        }

        // Declared types are first all placed, then each is removed and re-collected,
        // which moves it (and what it newly references) to the end.
        var uniqueDeclared: [String] = []
        for name in declared where !seen.contains(name) {
            seen.insert(name)
            uniqueDeclared.append(name)
        }
        order = uniqueDeclared
        for name in uniqueDeclared {
            if let index = order.firstIndex(of: name) { order.remove(at: index) }
            seen.remove(name)
            collect(name)
        }
        for root in roots { if let root { collect(root) } }
        for directive in directives {
            for argument in directive.arguments { collect(argument.type.namedType) }
        }
        collect("__Schema")
        return order
    }
}
