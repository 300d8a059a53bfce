import Federation
import GraphQL

/// What a plan is cached under: the query text, the operation, and which root fields it covers.
struct PlanKey: Hashable, Sendable {
    var query: String
    var operationName: String?
    /// True when introspection fields were taken out before planning.
    var isDataPart: Bool
}

extension Gateway {
    /// Stage 8: plan the operation across subgraphs (cached; the planner also caches).
    func plan(
        _ document: Document, operationName: String?, key: PlanKey
    ) throws(RequestFailure) -> QueryPlan {
        // Progressive @override labels are rolled per request inside the planner
        // (which caches per label set), so its plans must not be pinned here.
        let pinnable = planner.supergraph.overrideLabels.isEmpty
        if pinnable, let plan = plans[key] { return plan }
        let plan: QueryPlan
        do {
            plan = try planner.plan(document, operationName: operationName)
        } catch {
            configuration.logger.error(
                "gateway.plan_failed", ["error": .string("\(error)")])
            throw RequestFailure(
                [GraphQLError("Query planning failed: \(error)")], code: "QUERY_PLANNING_FAILED",
                stage: "plan", status: 500)
        }
        if pinnable, key.query.utf8.count <= Self.maxCachedQueryBytes {
            plans.insert(plan, for: key)
        }
        return plan
    }
}
