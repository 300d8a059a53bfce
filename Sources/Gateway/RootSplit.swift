import GraphQL

/// The root fields of an operation sorted into introspection (`__schema`,
/// `__type`, `__typename`), which the gateway answers from the API schema, and
/// data, which the subgraphs answer.
struct RootSplit {
    enum Kind {
        case introspectionOnly
        case dataOnly
        case mixed
    }

    let kind: Kind
    /// Response keys of the root fields in document order, for merging both halves.
    let responseKeys: [String]

    init(operation: OperationDefinition, fragments: [String: FragmentDefinition]) {
        var keys: [String] = []
        var hasIntrospection = false
        var hasData = false
        Self.visitRootFields(operation.selectionSet, fragments: fragments, seen: []) { field in
            if Self.isIntrospection(field) { hasIntrospection = true } else { hasData = true }
            if !keys.contains(field.responseKey) { keys.append(field.responseKey) }
        }
        responseKeys = keys
        kind =
            switch (hasIntrospection, hasData) {
            case (true, false): .introspectionOnly
            case (true, true): .mixed
            default: .dataOnly
            }
    }

    static func isIntrospection(_ field: Field) -> Bool { field.name.value.hasPrefix("__") }

    /// The document with the selected operation's root fields limited to those `keep` accepts.
    ///
    /// Fragment spreads at the root become inline fragments so the fragment
    /// definitions themselves stay untouched.
    static func filter(
        _ document: Document, operation: OperationDefinition,
        fragments: [String: FragmentDefinition], keep: (Field) -> Bool
    ) -> Document {
        var filtered = operation
        filtered.selectionSet = filter(
            operation.selectionSet, fragments: fragments, seen: [], keep: keep)
        var copy = document
        copy.definitions = document.definitions.map { definition in
            if case .operation(let candidate) = definition, candidate == operation {
                return .operation(filtered)
            }
            return definition
        }
        return copy
    }

    private static func filter(
        _ set: SelectionSet, fragments: [String: FragmentDefinition], seen: Set<String>,
        keep: (Field) -> Bool
    ) -> SelectionSet {
        var selections: [Selection] = []
        for selection in set.selections {
            switch selection {
            case .field(let field):
                if keep(field) { selections.append(selection) }
            case .inlineFragment(var fragment):
                fragment.selectionSet = filter(
                    fragment.selectionSet, fragments: fragments, seen: seen, keep: keep)
                if !fragment.selectionSet.selections.isEmpty {
                    selections.append(.inlineFragment(fragment))
                }
            case .fragmentSpread(let spread):
                guard let definition = fragments[spread.name.value],
                    !seen.contains(spread.name.value)
                else { continue }
                let inner = filter(
                    definition.selectionSet, fragments: fragments,
                    seen: seen.union([spread.name.value]), keep: keep)
                if !inner.selections.isEmpty {
                    let inline = InlineFragment(
                        typeCondition: definition.typeCondition, directives: spread.directives,
                        selectionSet: inner, location: spread.location)
                    selections.append(.inlineFragment(inline))
                }
            }
        }
        return SelectionSet(selections: selections, location: set.location)
    }

    private static func visitRootFields(
        _ set: SelectionSet, fragments: [String: FragmentDefinition], seen: Set<String>,
        _ visit: (Field) -> Void
    ) {
        for selection in set.selections {
            switch selection {
            case .field(let field):
                visit(field)
            case .inlineFragment(let fragment):
                visitRootFields(fragment.selectionSet, fragments: fragments, seen: seen, visit)
            case .fragmentSpread(let spread):
                guard let definition = fragments[spread.name.value],
                    !seen.contains(spread.name.value)
                else { continue }
                visitRootFields(
                    definition.selectionSet, fragments: fragments,
                    seen: seen.union([spread.name.value]), visit)
            }
        }
    }
}

extension Document {
    /// Fragment definitions by name.
    var fragmentsByName: [String: FragmentDefinition] {
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in definitions {
            fragments[fragment.name.value] = fragment
        }
        return fragments
    }
}
