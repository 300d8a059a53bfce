import GraphQL
import JSON

/// Plans operations against a supergraph.
///
/// Plans are cached twice: by operation text and name (the fast path, one
/// hash of the text), and by the normalized operation, so documents that
/// differ only in layout, fragment names or field order of merged fragments
/// share one plan. Progressive `@override` labels in effect are part of both keys.
public final class QueryPlanner: Sendable {
    public let supergraph: Supergraph
    private let cache: PlanCache
    private let normalizedCache: PlanCache
    private let graphs = GraphsByLabels()

    public init(supergraph: Supergraph, cacheCapacity: Int = 1024) {
        self.supergraph = supergraph
        cache = PlanCache(capacity: cacheCapacity)
        normalizedCache = PlanCache(capacity: cacheCapacity)
    }

    /// The plan for the operation (the document must be valid for the API schema).
    /// `percent(N)` override labels are each switched on with probability N %.
    public func plan(_ document: Document, operationName: String?) throws -> QueryPlan {
        try plan(document, operationName: operationName, overrideLabels: rollPercentLabels())
    }

    /// The plan with the given progressive `@override` labels switched on.
    public func plan(
        _ document: Document, operationName: String?, overrideLabels: Set<String>
    ) throws -> QueryPlan {
        var labels = ""
        if !overrideLabels.isEmpty {
            labels = supergraph.overrideLabels.filter(overrideLabels.contains).joined(
                separator: ",")
        }
        var key = document.source?.body ?? print(document)
        key += "\u{0}"
        key += operationName ?? ""
        if !labels.isEmpty { key += "\u{0}" + labels }
        if let plan = cache[key] { return plan }

        let graph = labels.isEmpty ? supergraph.graph : graphs.graph(labels, supergraph)
        let operation = try OperationNormalizer.normalize(
            document, operationName: operationName, graph: graph)
        let signature = operation.signature + "\u{0}" + labels
        if let plan = normalizedCache[signature] {
            cache[key] = plan
            return plan
        }
        let plan = try Self.makePlan(operation, graph: graph)
        cache[key] = plan
        normalizedCache[signature] = plan
        return plan
    }

    /// Labels switched on for one request: each `percent(N)` with probability N %.
    private func rollPercentLabels() -> Set<String> {
        guard !supergraph.percentLabels.isEmpty else { return [] }
        var labels: Set<String> = []
        for (label, percent) in supergraph.percentLabels
        where Double.random(in: 0..<100) < percent {
            labels.insert(label)
        }
        return labels
    }

    /// Plans without the cache.
    func makePlan(_ document: Document, operationName: String?) throws(PlanningError) -> QueryPlan {
        let operation = try OperationNormalizer.normalize(
            document, operationName: operationName, graph: supergraph.graph)
        return try Self.makePlan(operation, graph: supergraph.graph)
    }

    static func makePlan(_ operation: NormalizedOperation, graph: FederatedGraph)
        throws(PlanningError) -> QueryPlan
    {
        let builder = PlanBuilder(graph: graph, operation: operation)
        let roots = try builder.buildRootGroups()
        var assembler = PlanAssembler(graph: graph, operation: operation)
        let nodes = roots.map { assembler.node(for: $0) }
        let node: PlanNode? =
            switch nodes.count {
            case 0: nil
            case 1: nodes[0]
            default: operation.kind == .mutation ? .sequence(nodes) : .parallel(nodes)
            }
        return QueryPlan(node: node, operation: operation)
    }
}

/// The routing facts per set of progressive override labels, built on first use.
final class GraphsByLabels: @unchecked Sendable {
    private let lock = Mutex()
    private var graphs: [String: FederatedGraph] = [:]

    func graph(_ labels: String, _ supergraph: Supergraph) -> FederatedGraph {
        if let graph = lock.withLock({ graphs[labels] }) { return graph }
        let set = Set(labels.split(separator: ",").map(String.init))
        let graph = FederatedGraph(supergraph.model, overrideLabels: set)
        lock.withLock { graphs[labels] = graph }
        return graph
    }
}

/// What makes two leaf entity fetches the same request.
private struct FetchIdentity: Hashable {
    var graph: Int
    var path: [String]
    var selection: String
    var requires: [String]
}

/// Turns fetch groups into plan nodes and subgraph operation texts.
struct PlanAssembler {
    let graph: FederatedGraph
    let operation: NormalizedOperation
    private var counter = 0

    init(graph: FederatedGraph, operation: NormalizedOperation) {
        self.graph = graph
        self.operation = operation
    }

    mutating func node(for group: FetchGroup) -> PlanNode {
        let node = unconditionalNode(for: group)
        // A fetch whose every field waits on the same @skip/@include variable
        // (and the fetches that need its data) runs only when the variable says so.
        guard let condition = group.selections.sharedCondition(),
            case .variable(let name) = condition.test
        else { return node }
        return condition.include
            ? .condition(variable: name, ifTrue: node, ifFalse: nil)
            : .condition(variable: name, ifTrue: nil, ifFalse: node)
    }

    private mutating func unconditionalNode(for group: FetchGroup) -> PlanNode {
        let fetch = makeFetch(group)
        let own: PlanNode = group.isEntity ? .flatten(path: group.path, fetch) : .fetch(fetch)
        guard !group.children.isEmpty else { return own }
        var children: [PlanNode] = []
        var seen: Set<FetchIdentity> = []
        for child in group.children {
            let node = node(for: child)
            if group.children.count > 1, case .flatten(let path, let fetch) = node,
                child.children.isEmpty
            {
                let identity = FetchIdentity(
                    graph: fetch.graph, path: path, selection: fetch.selectionText,
                    requires: fetch.requires.map {
                        $0.typeName + ":" + RepresentationField.print($0.fields)
                    })
                if !seen.insert(identity).inserted { continue }
            }
            children.append(node)
        }
        let after: PlanNode = children.count == 1 ? children[0] : .parallel(children)
        if case .sequence(let rest) = after { return .sequence([own] + rest) }
        return .sequence([own, after])
    }

    private mutating func makeFetch(_ group: FetchGroup) -> FetchNode {
        let serviceName = graph.graphNames[group.graph]
        var variables: [String] = []
        group.selections.collectVariables(into: &variables)
        let definitions = operation.variableDefinitions.filter {
            variables.contains($0.variable.name.value)
        }
        variables = definitions.map(\.variable.name.value)

        let operationName = operation.name.map {
            "\($0)__\(Self.sanitize(serviceName))__\(counter)"
        }
        counter += 1
        var declarations = definitions.map { definition in
            var text = "$\(definition.variable.name.value): \(SDLText.type(definition.type))"
            if let value = definition.defaultValue { text += " = \(SDLText.value(value))" }
            return text
        }
        let selectionText = group.selections.text
        var text: String
        if group.isEntity {
            declarations.insert("$representations: [_Any!]!", at: 0)
            declarations += group.contextUses.map { "$\($0.variable): \($0.type)" }
            text = "query"
            if let operationName { text += " \(operationName)" }
            text += "(\(declarations.joined(separator: ", "))) "
            text += "{ _entities(representations: $representations) \(selectionText) }"
        } else {
            text = operation.kind.rawValue
            if let operationName { text += " \(operationName)" }
            if !declarations.isEmpty { text += "(\(declarations.joined(separator: ", ")))" }
            text += " " + selectionText
        }
        return FetchNode(
            serviceName: serviceName, graph: group.graph,
            operationKind: group.isEntity ? .query : operation.kind,
            operationName: operationName, operation: text, selectionText: selectionText,
            variableUsages: variables, requires: group.isEntity ? group.requires : [],
            typenameRewrites: group.typenameRewrites, contextUses: group.contextUses)
    }

    private static func sanitize(_ name: String) -> String {
        String(
            name.unicodeScalars.map { scalar -> Character in
                let isWord =
                    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                    || (scalar >= "0" && scalar <= "9") || scalar == "_"
                return isWord ? Character(scalar) : "_"
            })
    }
}
