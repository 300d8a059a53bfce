import Federation
import GraphQL
import JSON

#if canImport(Glibc)
    import Glibc
#endif

/// Test data as entity tables: composite fields hold references (`"@Type:id"`),
/// lists of them, or inline objects that may contain references.
struct World: Sendable {
    var entities: [String: JSON] = [:]
    var root: JSON = .object(JSONObject())

    /// Replaces references one level deep with the entities they name.
    func resolve(_ value: JSON) -> JSON {
        switch value {
        case .string(let text) where text.hasPrefix("@"):
            return entities[String(text.dropFirst())] ?? .null
        case .array(let items):
            return .array(items.map(resolve))
        default:
            return value
        }
    }

    /// The entity a representation stands for: same type, same values for its fields.
    func entity(for representation: JSON) -> JSON {
        guard let typename = representation["__typename"]?.stringValue,
            let fields = representation.objectValue
        else { return .null }
        for (key, entity) in entities.sorted(by: { $0.key < $1.key })
        where key.hasPrefix(typename + ":") {
            let matches = fields.allSatisfy { member in
                member.key == "__typename" || entity[member.key] == member.value
            }
            if matches { return entity }
        }
        return .null
    }

    /// Resolvers for every composite field of a schema, following references.
    func resolvers(for schema: Schema) -> ResolverMap {
        var map = ResolverMap()
        for (typeName, type) in schema.types {
            guard case .object = type, let fields = type.fields else { continue }
            for field in fields {
                guard let named = field.node?.type.namedType.value,
                    schema[named]?.isCompositeType == true
                else { continue }
                let name = field.name
                map.setSync(typeName, name) { context in
                    let parent = context.parent as? JSON ?? .null
                    return self.resolve(parent[name] ?? .null)
                }
            }
        }
        return map
    }
}

/// Serves each subgraph from the GraphQL engine over the same `World`,
/// and records the requests it gets.
final class EngineTransport: SubgraphTransport, @unchecked Sendable {
    private struct Served {
        let schema: Schema
        let resolvers: ResolverMap
    }

    private let served: [String: Served]
    private let world: World
    private let lock = NSLockLike()
    private var log: [(subgraph: String, body: JSON)] = []
    /// Subgraphs that fail every request.
    var failing: Set<String> = []
    /// Subgraphs that answer only after two seconds.
    var slow: Set<String> = []
    /// Canned responses by subgraph, instead of executing.
    var canned: [String: JSON] = [:]

    init(
        subgraphs: [SubgraphDefinition], world: World,
        customize: (_ subgraph: String, _ resolvers: inout ResolverMap) -> Void = { _, _ in }
    ) throws {
        var served: [String: Served] = [:]
        for subgraph in subgraphs {
            let schema = try Schema(document: parse(ExecutableSubgraphSDL.make(subgraph.sdl)))
            var resolvers = world.resolvers(for: schema)
            customize(subgraph.name, &resolvers)
            resolvers.setSync("Query", "_entities") { context in
                let representations = context.arguments["representations"]?.arrayValue ?? []
                return JSON.array(representations.map(world.entity(for:)))
            }
            served[subgraph.name] = Served(schema: schema, resolvers: resolvers)
        }
        self.served = served
        self.world = world
    }

    var requests: [(subgraph: String, body: JSON)] { lock.withLock { log } }

    func send(subgraph: String, url: String, body: [UInt8], headers: [(String, String)])
        async throws -> [UInt8]
    {
        let request = try JSONReader.parse(body)
        lock.withLock { log.append((subgraph: subgraph, body: request)) }
        if failing.contains(subgraph) { throw FakeFailure() }
        if slow.contains(subgraph) { try await Task.sleep(nanoseconds: 2_000_000_000) }
        if let response = canned[subgraph] { return response.serializedBytes }
        guard let server = served[subgraph], let query = request["query"]?.stringValue else {
            throw FakeFailure()
        }
        let document = try parse(query)
        var result = await execute(
            schema: server.schema, resolvers: server.resolvers, document: document,
            operationName: request["operationName"]?.stringValue,
            variables: request["variables"]?.objectValue,
            rootValue: world.root)
        result.extensions = ["xpgraph": ["sqlStatements": 2]]
        return result.json.serializedBytes
    }
}

struct FakeFailure: Error {}

/// A lock for test helpers.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

/// Turns a subgraph SDL into plain SDL the engine can execute: federation
/// directives and definitions dropped, extensions folded into types,
/// `_Any`, `_Entity` and `Query._entities` added.
enum ExecutableSubgraphSDL {
    static func make(_ sdl: String) throws -> String {
        let document = try parse(sdl)
        var order: [String] = []
        var types: [String: TypeDefinition] = [:]
        var entities: [String] = []
        let skipped: Set<String> = [
            "_Any", "_Entity", "_Service", "FieldSet", "link__Import", "link__Purpose",
        ]
        for definition in document.definitions {
            let type: TypeDefinition
            switch definition {
            case .type(let node), .typeExtension(let node): type = node
            default: continue
            }
            let name = type.name.value
            if skipped.contains(name) { continue }
            if case .object = type,
                type.directives.contains(where: {
                    $0.name.value.hasSuffix("key") || $0.name.value == "primaryKey"
                }),
                !entities.contains(name)
            {
                entities.append(name)
            }
            let cleaned = strip(type)
            if let existing = types[name] {
                types[name] = merge(existing, cleaned)
            } else {
                order.append(name)
                types[name] = cleaned
            }
        }
        if types["Query"] == nil {
            order.append("Query")
            types["Query"] = .object(ObjectTypeDefinition(name: Name("Query")))
        }
        var definitions: [Definition] = order.map { .type(types[$0]!) }
        definitions.append(.type(.scalar(ScalarTypeDefinition(name: Name("_Any")))))
        if !entities.isEmpty {
            definitions.append(
                .type(
                    .union(
                        UnionTypeDefinition(name: Name("_Entity"), types: entities.map { Name($0) })
                    )))
            let entitiesField = FieldDefinition(
                name: Name("_entities"),
                arguments: [
                    InputValueDefinition(
                        name: Name("representations"),
                        type: .nonNull(.list(.nonNull(.named(Name("_Any"))))))
                ],
                type: .nonNull(.list(.named(Name("_Entity")))))
            definitions.append(
                .typeExtension(
                    .object(ObjectTypeDefinition(name: Name("Query"), fields: [entitiesField]))))
        }
        return print(Document(definitions: definitions))
    }

    private static func keep(_ directives: [Directive]) -> [Directive] {
        directives.filter { $0.name.value == "deprecated" }
    }

    private static func strip(_ type: TypeDefinition) -> TypeDefinition {
        func fields(_ list: [FieldDefinition]) -> [FieldDefinition] {
            list.map { field in
                var copy = field
                copy.directives = keep(field.directives)
                copy.arguments = field.arguments.map {
                    var a = $0; a.directives = keep($0.directives); return a
                }
                return copy
            }
        }
        switch type {
        case .object(var node):
            node.directives = []
            node.fields = fields(node.fields)
            return .object(node)
        case .interface(var node):
            node.directives = []
            node.fields = fields(node.fields)
            return .interface(node)
        case .union(var node):
            node.directives = []
            return .union(node)
        case .enumType(var node):
            node.directives = []
            node.values = node.values.map {
                var v = $0; v.directives = keep($0.directives); return v
            }
            return .enumType(node)
        case .inputObject(var node):
            node.directives = []
            node.fields = node.fields.map {
                var f = $0; f.directives = keep($0.directives); return f
            }
            return .inputObject(node)
        case .scalar(var node):
            node.directives = []
            return .scalar(node)
        }
    }

    private static func merge(_ base: TypeDefinition, _ extra: TypeDefinition) -> TypeDefinition {
        switch (base, extra) {
        case (.object(var a), .object(let b)):
            a.fields += b.fields
            a.interfaces += b.interfaces
            return .object(a)
        case (.interface(var a), .interface(let b)):
            a.fields += b.fields
            return .interface(a)
        case (.union(var a), .union(let b)):
            a.types += b.types
            return .union(a)
        case (.enumType(var a), .enumType(let b)):
            a.values += b.values
            return .enumType(a)
        case (.inputObject(var a), .inputObject(let b)):
            a.fields += b.fields
            return .inputObject(a)
        default:
            return base
        }
    }
}
