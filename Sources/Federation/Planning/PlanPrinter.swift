import JSON

/// The readable and JSON forms of a plan.
enum PlanPrinter {
    static func print(_ node: PlanNode?) -> String {
        guard let node else { return "QueryPlan {\n}" }
        var text = "QueryPlan {\n"
        write(node, indent: "  ", into: &text)
        return text + "\n}"
    }

    private static func write(_ node: PlanNode, indent: String, into text: inout String) {
        switch node {
        case .fetch(let fetch):
            write(fetch, indent: indent, into: &text)
        case .flatten(let path, let fetch):
            text += "\(indent)Flatten(path: \"\(path.joined(separator: "."))\") {\n"
            write(fetch, indent: indent + "  ", into: &text)
            text += "\n\(indent)}"
        case .condition(let variable, let ifTrue, let ifFalse):
            if let ifTrue {
                text += "\(indent)Include(if: $\(variable)) {\n"
                write(ifTrue, indent: indent + "  ", into: &text)
                text += "\n\(indent)}"
            }
            if let ifFalse {
                if ifTrue != nil { text += ",\n" }
                text += "\(indent)Skip(if: $\(variable)) {\n"
                write(ifFalse, indent: indent + "  ", into: &text)
                text += "\n\(indent)}"
            }
        case .sequence(let nodes), .parallel(let nodes):
            if case .sequence = node {
                text += "\(indent)Sequence {\n"
            } else {
                text += "\(indent)Parallel {\n"
            }
            for (index, child) in nodes.enumerated() {
                if index > 0 { text += ",\n" }
                write(child, indent: indent + "  ", into: &text)
            }
            text += "\n\(indent)}"
        }
    }

    private static func write(_ fetch: FetchNode, indent: String, into text: inout String) {
        if fetch.isEntityFetch {
            text += "\(indent)Fetch(service: \"\(fetch.serviceName)\") {\n"
            text += "\(indent)  \(fetch.requiresText) =>\n"
            text += "\(indent)  \(fetch.selectionText)\n"
            text += "\(indent)}"
        } else {
            text += "\(indent)Fetch(service: \"\(fetch.serviceName)\") { \(fetch.selectionText) }"
        }
    }

    static func json(_ node: PlanNode?) -> JSON {
        var plan: JSONObject = ["kind": "QueryPlan"]
        plan.append("node", node.map(json) ?? .null)
        return .object(plan)
    }

    private static func json(_ node: PlanNode) -> JSON {
        switch node {
        case .fetch(let fetch):
            return json(fetch)
        case .flatten(let path, let fetch):
            return [
                "kind": "Flatten", "path": .array(path.map { .string($0) }), "node": json(fetch),
            ]
        case .sequence(let nodes):
            return ["kind": "Sequence", "nodes": .array(nodes.map(json))]
        case .parallel(let nodes):
            return ["kind": "Parallel", "nodes": .array(nodes.map(json))]
        case .condition(let variable, let ifTrue, let ifFalse):
            return [
                "kind": "Condition", "condition": .string(variable),
                "ifClause": ifTrue.map(json) ?? .null, "elseClause": ifFalse.map(json) ?? .null,
            ]
        }
    }

    private static func json(_ fetch: FetchNode) -> JSON {
        var object: JSONObject = [
            "kind": "Fetch", "serviceName": .string(fetch.serviceName),
            "variableUsages": .array(fetch.variableUsages.map { .string($0) }),
            "operation": .string(fetch.operation),
            "operationKind": .string(fetch.operationKind.rawValue),
        ]
        object.append("operationName", fetch.operationName.map { .string($0) } ?? .null)
        if fetch.isEntityFetch { object.append("requires", .string(fetch.requiresText)) }
        return .object(object)
    }
}
