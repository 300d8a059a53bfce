import GraphQL

/// The supergraph as the planner reads it: for each type and field, which
/// subgraphs can resolve it and through which keys entities can be reached.
struct FederatedGraph: Sendable {
    struct Key: Sendable {
        var fields: FieldSet
        var isResolvable: Bool
    }

    struct Site: Sendable {
        var requires: FieldSet?
        var provides: FieldSet?
        /// Arguments the gateway fills from an ancestor's context (`@fromContext`).
        var contextArguments: [ContextArgument] = []
    }

    struct ContextArgument: Sendable {
        var context: String
        var name: String
        /// The argument's type as written, for the variable declaration.
        var type: String
        var selection: FieldSet
    }

    /// A field's routing facts. A class so lookups during planning copy nothing;
    /// never changed once the graph is built.
    final class Field: @unchecked Sendable {
        let name: String
        let type: TypeReference
        let namedType: String
        /// Subgraphs resolving the field (not `@external` there), by graph index.
        let sites: [Int: Site]
        /// Graph indexes in ascending order, for deterministic choices.
        let graphs: [Int]

        init(name: String, type: TypeReference, namedType: String, sites: [Int: Site]) {
            self.name = name
            self.type = type
            self.namedType = namedType
            self.sites = sites
            graphs = sites.keys.sorted()
        }
    }

    /// A type's routing facts; a class for the same reason as `Field`, filled
    /// in while the graph is built and never changed after.
    final class TypeInfo: @unchecked Sendable {
        let name: String
        let kind: SubgraphType.Kind
        var graphs: Set<Int> = []
        var keys: [Int: [Key]] = [:]
        var fields: [String: Field] = [:]
        /// Object types a value of this type can be, sorted by name.
        var possibleTypes: [String] = []
        /// Per graph, the object types that graph knows as possible types.
        var possibleTypesInGraph: [Int: [String]] = [:]
        /// Interfaces the type implements.
        var interfaces: [String] = []
        /// Graphs where this interface is an `@interfaceObject` (an entity object there).
        var interfaceObjectGraphs: Set<Int> = []
        /// Contexts (`@context`) this type sets for the fields below it.
        var contexts: Set<String> = []

        init(name: String, kind: SubgraphType.Kind) {
            self.name = name
            self.kind = kind
        }

        var isAbstract: Bool { kind == .interface || kind == .union }
        var isComposite: Bool { kind == .object || isAbstract }
    }

    var graphNames: [String]
    var graphURLs: [String]
    var types: [String: TypeInfo]
    var rootTypes: [OperationType: String]

    /// - Parameter overrideLabels: the progressive `@override` labels in effect:
    ///   an overriding field resolves in its subgraph when its label is on, in the
    ///   subgraph it overrides otherwise.
    init(_ model: SupergraphModel, overrideLabels: Set<String> = []) {
        graphNames = model.graphs.map(\.name)
        graphURLs = model.graphs.map(\.url)
        rootTypes = model.rootTypes
        var index: [String: Int] = [:]
        for (position, graph) in model.graphs.enumerated() { index[graph.enumName] = position }

        var types: [String: TypeInfo] = [:]
        for type in model.types {
            let info = TypeInfo(name: type.name, kind: type.kind)
            info.interfaces = type.interfaces
            for directive in type.directives where directive.name.value == "context" {
                if let name = directive.stringArgument("name") { info.contexts.insert(name) }
            }
            for join in type.joinTypes {
                guard let graph = index[join.graph] else { continue }
                info.graphs.insert(graph)
                if join.isInterfaceObject { info.interfaceObjectGraphs.insert(graph) }
                if let key = join.key, let fields = try? FieldSet(parsing: key) {
                    info.keys[graph, default: []].append(
                        Key(fields: fields, isResolvable: join.isResolvable))
                }
            }
            if type.joinTypes.isEmpty { info.graphs = Set(model.graphs.indices) }
            for field in type.fields {
                var sites: [Int: Site] = [:]
                // No @join__field: everywhere the type is. A bare one: nowhere directly
                // (a field an @interfaceObject adds, reached through the interface).
                let joins = field.joinFields.filter { $0.graph != nil }
                if field.joinFields.isEmpty {
                    for graph in info.graphs { sites[graph] = Site() }
                } else {
                    var dropped: Set<String> = []
                    for join in joins {
                        guard let label = join.overrideLabel, let from = join.override,
                            let graph = join.graph
                        else { continue }
                        if overrideLabels.contains(label) {
                            if let source = model.graphs.first(where: { $0.name == from }) {
                                dropped.insert(source.enumName)
                            }
                        } else {
                            dropped.insert(graph)
                        }
                    }
                    for join in joins where !join.isExternal {
                        guard let name = join.graph, let graph = index[name] else { continue }
                        if join.usedOverridden || dropped.contains(name) { continue }
                        sites[graph] = Site(
                            requires: join.requires.flatMap { try? FieldSet(parsing: $0) },
                            provides: join.provides.flatMap { try? FieldSet(parsing: $0) },
                            contextArguments: join.contextArguments.compactMap { argument in
                                guard let fields = try? FieldSet(selection: argument.selection)
                                else {
                                    return nil
                                }
                                return ContextArgument(
                                    context: argument.context, name: argument.name,
                                    type: argument.type, selection: fields)
                            })
                    }
                }
                info.fields[field.name] = Field(
                    name: field.name, type: field.type, namedType: field.type.namedType.value,
                    sites: sites)
            }
            types[type.name] = info
        }

        for type in model.types {
            switch type.kind {
            case .object:
                types[type.name]?.possibleTypes = [type.name]
                for graph in types[type.name]?.graphs ?? [] {
                    types[type.name]?.possibleTypesInGraph[graph] = [type.name]
                }
                for interface in type.interfaces {
                    types[interface]?.possibleTypes.append(type.name)
                }
                for item in type.implements {
                    guard let graph = index[item.graph] else { continue }
                    types[item.interface]?.possibleTypesInGraph[graph, default: []].append(
                        type.name)
                }
            case .union:
                types[type.name]?.possibleTypes = type.members
                for item in type.unionMembers {
                    guard let graph = index[item.graph] else { continue }
                    types[type.name]?.possibleTypesInGraph[graph, default: []].append(item.member)
                }
            default:
                continue
            }
        }
        // Interfaces implemented by interfaces pass their objects up.
        for type in model.types where type.kind == .interface {
            for interface in type.interfaces {
                let objects = types[type.name]?.possibleTypes ?? []
                types[interface]?.possibleTypes += objects
            }
        }
        for name in Array(types.keys) {
            guard let info = types[name] else { continue }
            info.possibleTypes = Array(Set(info.possibleTypes)).sorted()
            for (graph, objects) in info.possibleTypesInGraph {
                info.possibleTypesInGraph[graph] = Array(Set(objects)).sorted()
            }
            types[name] = info
        }
        self.types = types
    }

    func graphIndex(_ name: String) -> Int? { graphNames.firstIndex(of: name) }

    /// Where an object's field that no subgraph resolves on the object itself
    /// lives: an interface of it that a subgraph knows as `@interfaceObject`.
    func interfaceObjectSites(of field: String, on objectType: String)
        -> [(interface: TypeInfo, graph: Int)]
    {
        guard let object = types[objectType] else { return [] }
        var result: [(interface: TypeInfo, graph: Int)] = []
        for name in object.interfaces {
            guard let interface = types[name], let site = interface.fields[field] else { continue }
            for graph in interface.interfaceObjectGraphs.sorted() where site.sites[graph] != nil {
                result.append((interface, graph))
            }
        }
        return result
    }

    /// Whether `type` is `candidate` or one of its possible types.
    func isPossible(_ objectType: String, of candidate: String) -> Bool {
        objectType == candidate || (types[candidate]?.possibleTypes.contains(objectType) ?? false)
    }
}
