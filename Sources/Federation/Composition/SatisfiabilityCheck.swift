/// A conservative reachability check: a field that some subgraph cannot
/// resolve must be reachable from there through a key of its type
/// (SATISFIABILITY_ERROR). Fields on root types are always reachable.
///
/// Not yet: the full check walks every query path across subgraphs; this one
/// follows entity jumps on the field's own type.
enum SatisfiabilityCheck {
    static func validate(_ model: SupergraphModel) -> [CompositionError] {
        let graph = FederatedGraph(model)
        let roots = Set(model.rootTypes.values)
        var errors: [CompositionError] = []
        for name in graph.types.keys.sorted() where !roots.contains(name) {
            let type = graph.types[name]!
            guard type.kind == .object else { continue }
            for fieldName in type.fields.keys.sorted() {
                let field = type.fields[fieldName]!
                for from in type.graphs.sorted() where field.sites[from] == nil {
                    let targets = reachable(from: from, type: type)
                    guard !targets.contains(where: { field.sites[$0] != nil }) else { continue }
                    let owners = field.graphs.map { "\"\(graph.graphNames[$0])\"" }.joined(
                        separator: ", ")
                    errors.append(
                        CompositionError(
                            code: "SATISFIABILITY_ERROR",
                            message:
                                "Field \"\(name).\(fieldName)\" cannot be resolved when \"\(name)\" is reached from subgraph \"\(graph.graphNames[from])\": it is only defined in \(owners) and no @key of \"\(name)\" usable from \"\(graph.graphNames[from])\" leads there.",
                            subgraphs: [graph.graphNames[from]]
                                + field.graphs.map { graph.graphNames[$0] }))
                }
            }
        }
        return errors
    }

    /// The subgraphs an entity of `type` held in `from` can be taken to, through keys.
    private static func reachable(from: Int, type: FederatedGraph.TypeInfo) -> Set<Int> {
        var seen: Set<Int> = [from]
        var queue = [from]
        while let current = queue.popLast() {
            for (target, keys) in type.keys where !seen.contains(target) {
                let usable = keys.contains { key in
                    key.isResolvable
                        && key.fields.fieldNames.allSatisfy {
                            type.fields[$0]?.sites[current] != nil
                        }
                }
                if usable {
                    seen.insert(target)
                    queue.append(target)
                }
            }
        }
        return seen
    }
}
