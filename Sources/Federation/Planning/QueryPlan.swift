import GraphQL
import JSON

/// A plan to answer one operation from the subgraphs.
public struct QueryPlan: Sendable {
    let node: PlanNode?
    let operation: NormalizedOperation

    init(node: PlanNode?, operation: NormalizedOperation) {
        self.node = node
        self.operation = operation
        description = PlanPrinter.print(node)
        json = PlanPrinter.json(node)
    }

    /// The readable printout (`QueryPlan { Sequence { Fetch(service: ...) ... } }`).
    public let description: String
    /// The same plan as JSON (`{"kind": "QueryPlan", "node": ...}`).
    public let json: JSON

    /// How many fetches the plan can send at most.
    public var fetchCount: Int { node?.fetchCount ?? 0 }
}

/// One step of a plan.
indirect enum PlanNode: Sendable {
    case fetch(FetchNode)
    /// Runs the fetch once for the entities found at the path (`@` = each list element).
    case flatten(path: [String], FetchNode)
    case sequence([PlanNode])
    case parallel([PlanNode])

    var fetchCount: Int {
        switch self {
        case .fetch, .flatten: 1
        case .sequence(let nodes), .parallel(let nodes): nodes.reduce(0) { $0 + $1.fetchCount }
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
    var isEntityFetch: Bool { !requires.isEmpty }
    /// `{"query":"...","operationName":"...","variables":` precomputed.
    let bodyPrefix: [UInt8]

    init(
        serviceName: String, graph: Int, operationKind: OperationType, operationName: String?,
        operation: String, selectionText: String, variableUsages: [String],
        requires: [(typeName: String, fields: [RepresentationField])],
        typenameRewrites: [String: String] = [:]
    ) {
        self.typenameRewrites = typenameRewrites
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

    var requiresText: String {
        "{ "
            + requires.map { "... on \($0.typeName) { \(RepresentationField.print($0.fields)) }" }
            .joined(separator: " ") + " }"
    }
}
