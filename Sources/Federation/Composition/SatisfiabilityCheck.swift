/// A conservative reachability check: a field that some subgraph cannot
/// resolve must be reachable from there through a key of its type
/// (SATISFIABILITY_ERROR). Fields on root types are always reachable.
///
/// Not yet: the full check walks every query path across subgraphs; this one
/// only looks one entity jump ahead.
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
                    let reachable = field.graphs.contains { target in
                        (type.keys[target] ?? []).contains { key in
                            key.isResolvable
                                && key.fields.fieldNames.allSatisfy {
                                    type.fields[$0]?.sites[from] != nil
                                }
                        }
                    }
                    guard !reachable else { continue }
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
}
