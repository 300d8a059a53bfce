import GraphQL

extension Gateway {
    /// Refuses an operation whose fragments multiply into more fields than allowed.
    ///
    /// A few hundred bytes of fragments that each spread the next several times
    /// expand exponentially; every later stage (root split, planning, execution, the
    /// subgraphs) walks the expanded form. Sizes are memoized per fragment, so this
    /// check is linear in the document, and sums saturate just past the limit.
    func checkExpandedSize(
        _ document: Document, operation: OperationDefinition
    ) throws(RequestFailure) {
        let limit = configuration.maxExpandedFields
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions {
            fragments[fragment.name.value] = fragment
        }
        var sizes: [String: Int] = [:]

        func size(of selectionSet: SelectionSet) -> Int {
            var total = 0
            for selection in selectionSet.selections {
                let part: Int
                switch selection {
                case .field(let field):
                    part = 1 + (field.selectionSet.map(size(of:)) ?? 0)
                case .inlineFragment(let inline):
                    part = size(of: inline.selectionSet)
                case .fragmentSpread(let spread):
                    part = size(ofFragment: spread.name.value)
                }
                total = min(total + part, limit + 1)
            }
            return total
        }

        func size(ofFragment name: String) -> Int {
            if let known = sizes[name] { return known }
            // Validation has refused cycles; this guards the walk regardless.
            sizes[name] = limit + 1
            let measured = fragments[name].map { size(of: $0.selectionSet) } ?? 0
            sizes[name] = measured
            return measured
        }

        let total = size(of: operation.selectionSet)
        guard total > limit else { return }
        throw RequestFailure(
            [
                GraphQLError(
                    "The operation selects more than \(limit) fields once its fragments are "
                        + "expanded; split it or spread fragments fewer times.")
            ], code: "OPERATION_TOO_LARGE", stage: "limits", status: 400)
    }
}
