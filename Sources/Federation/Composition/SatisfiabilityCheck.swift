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
        // Where a subgraph can hand out a value of a type: a field it resolves returns it.
        var returnedIn: [String: Set<Int>] = [:]
        for type in graph.types.values {
            for field in type.fields.values {
                let targets = graph.types[field.namedType]?.possibleTypes ?? [field.namedType]
                for target in targets + [field.namedType] {
                    returnedIn[target, default: []].formUnion(field.sites.keys)
                }
            }
        }
        let hidden = Set(
            model.types.flatMap { type in
                type.fields.filter(\.isInaccessible).map { "\(type.name).\($0.name)" }
            })
        for name in graph.types.keys.sorted() where !roots.contains(name) {
            let type = graph.types[name]!
            guard type.kind == .object else { continue }
            for fieldName in type.fields.keys.sorted() {
                let field = type.fields[fieldName]!
                if hidden.contains("\(name).\(fieldName)") { continue }
                let viaInterfaces = graph.interfaceObjectSites(of: fieldName, on: name)
                for from in type.graphs.sorted()
                where field.sites[from] == nil && returnedIn[name, default: []].contains(from) {
                    let targets = reachable(from: from, type: type)
                    guard !targets.contains(where: { field.sites[$0] != nil }) else { continue }
                    let throughInterface = viaInterfaces.contains { site in
                        (site.interface.keys[site.graph] ?? []).contains { key in
                            key.isResolvable
                                && key.fields.fieldNames.allSatisfy {
                                    type.fields[$0]?.sites[from] != nil
                                }
                        }
                    }
                    guard !throughInterface else { continue }
                    let owners = field.graphs.map { "\"\(graph.graphNames[$0])\"" }.joined(
                        separator: ", ")
                    errors.append(
                        CompositionError.about(
                            "\(name).\(fieldName)", code: "SATISFIABILITY_ERROR",
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
