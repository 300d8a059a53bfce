import GraphQL
import JSON

/// A plan to answer one operation from the subgraphs.
public struct QueryPlan: Sendable {
    let node: PlanNode?
    let operation: NormalizedOperation

    init(node: PlanNode?, operation: NormalizedOperation) {
        self.node = node
        self.operation = operation
    }

    /// The readable printout (`QueryPlan { Sequence { Fetch(service: ...) ... } }`),
    /// printed on each use: plans are printed rarely and made often.
    public var description: String { PlanPrinter.print(node) }
    /// The same plan as JSON (`{"kind": "QueryPlan", "node": ...}`).
    public var json: JSON { PlanPrinter.json(node) }

    /// How many fetches the plan can send at most.
    public var fetchCount: Int { node?.fetchCount ?? 0 }
}

/// One step of a plan.
///
/// Known gap: no `Subscription` or `Defer` nodes yet; a subscription is planned
/// like a query (one response), and `@defer` is not split into deferred parts.
indirect enum PlanNode: Sendable {
    case fetch(FetchNode)
    /// Runs the fetch once for the entities found at the path (`@` = each list element).
    case flatten(path: [String], FetchNode)
    case sequence([PlanNode])
    case parallel([PlanNode])
    /// Runs `ifTrue` when the Boolean variable is true, else `ifFalse`
    /// (`@include(if: $v)` gives `ifTrue`, `@skip(if: $v)` gives `ifFalse`).
    case condition(variable: String, ifTrue: PlanNode?, ifFalse: PlanNode?)

    var fetchCount: Int {
        switch self {
        case .fetch, .flatten: 1
        case .sequence(let nodes), .parallel(let nodes): nodes.reduce(0) { $0 + $1.fetchCount }
        case .condition(_, let ifTrue, let ifFalse):
            (ifTrue?.fetchCount ?? 0) + (ifFalse?.fetchCount ?? 0)
        }
    }
}

/// A request to one subgraph, ready to send.
final class FetchNode: Sendable {
    let serviceName: String
    let graph: Int
    let operationKind: OperationType
    let operationName: String?
    /// The full subgraph operation text.
    let operation: String
    /// The selection set alone (one line), for printing.
    let selectionText: String
    /// Variables the operation uses, in order.
    let variableUsages: [String]
    /// For entity fetches, per type condition, the representation fields.
    let requires: [(typeName: String, fields: [RepresentationField])]
    /// Runtime types sent under another `__typename` (an object under the
    /// interface an `@interfaceObject` subgraph knows it by).
    let typenameRewrites: [String: String]
    /// Variables filled per entity from an ancestor's context; entities whose
    /// values differ go in separate requests.
    let contextUses: [ContextUse]
    var isEntityFetch: Bool { !requires.isEmpty }
    /// `{"query":"...","operationName":"...","variables":` precomputed.
    let bodyPrefix: [UInt8]

    init(
        serviceName: String, graph: Int, operationKind: OperationType, operationName: String?,
        operation: String, selectionText: String, variableUsages: [String],
        requires: [(typeName: String, fields: [RepresentationField])],
        typenameRewrites: [String: String] = [:], contextUses: [ContextUse] = []
    ) {
        self.typenameRewrites = typenameRewrites
        self.contextUses = contextUses
        self.serviceName = serviceName
        self.graph = graph
        self.operationKind = operationKind
        self.operationName = operationName
        self.operation = operation
        self.selectionText = selectionText
        self.variableUsages = variableUsages
        self.requires = requires
        var writer = JSONWriter(capacity: operation.utf8.count + 64)
        writer.writeRaw("{\"query\":")
        writer.writeString(operation)
        if let operationName {
            writer.writeRaw(",\"operationName\":")
            writer.writeString(operationName)
        }
        writer.writeRaw(",\"variables\":")
        bodyPrefix = writer.bytes
    }

    /// `{ ... on T { key fields } }`: what each representation carries.
    var requiresText: String {
        "{ "
            + requires.map { "... on \($0.typeName) { \(RepresentationField.print($0.fields)) }" }
            .joined(separator: " ") + " }"
    }
}
