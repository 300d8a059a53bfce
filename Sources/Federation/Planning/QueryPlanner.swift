import GraphQL
import JSON

/// Plans operations against a supergraph; plans are cached by operation text and name.
public final class QueryPlanner: Sendable {
    public let supergraph: Supergraph
    private let cache: PlanCache

    public init(supergraph: Supergraph, cacheCapacity: Int = 1024) {
        self.supergraph = supergraph
        cache = PlanCache(capacity: cacheCapacity)
    }

    /// The plan for the operation (the document must be valid for the API schema).
    public func plan(_ document: Document, operationName: String?) throws -> QueryPlan {
        let key = (document.source?.body ?? print(document)) + "\u{0}" + (operationName ?? "")
        if let plan = cache[key] { return plan }
        let plan = try makePlan(document, operationName: operationName)
        cache[key] = plan
        return plan
    }

    /// Plans without the cache.
    func makePlan(_ document: Document, operationName: String?) throws(PlanningError) -> QueryPlan {
        let graph = supergraph.graph
        let operation = try OperationNormalizer.normalize(
            document, operationName: operationName, graph: graph)
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
        let fetch = makeFetch(group)
        let own: PlanNode = group.isEntity ? .flatten(path: group.path, fetch) : .fetch(fetch)
        guard !group.children.isEmpty else { return own }
        var children: [PlanNode] = []
        var seen: Set<String> = []
        for child in group.children {
            let node = node(for: child)
            if case .flatten(let path, let fetch) = node, child.children.isEmpty {
                let identity =
                    "\(fetch.serviceName)|\(path.joined(separator: "."))|\(fetch.selectionText)|\(fetch.requiresText)"
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
            typenameRewrites: group.typenameRewrites)
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
