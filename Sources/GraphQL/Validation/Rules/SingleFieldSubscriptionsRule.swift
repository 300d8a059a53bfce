/// A subscription selects exactly one root field, not an introspection field
/// (spec 5.2.3.1 Single Root Field).
final class SingleFieldSubscriptionsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) {
        guard node.operation == .subscription,
            let rootType = context.schema.subscriptionType
        else { return }
        var collector = RootFieldCollector(context: context, rootType: rootType.name)
        collector.collect(node.selectionSet)
        let groups = collector.groups
        let name = node.name?.value

        if groups.count > 1 {
            let extra = groups.dropFirst().flatMap(\.fields).map(\.location)
            context.report(
                name.map { "Subscription \"\($0)\" must select only one top level field." }
                    ?? "Anonymous Subscription must select only one top level field.",
                at: extra)
        }
        for group in groups where group.fields[0].name.value.hasPrefix("__") {
            context.report(
                name.map {
                    "Subscription \"\($0)\" must not select an introspection top level field."
                } ?? "Anonymous Subscription must not select an introspection top level field.",
                at: group.fields.map(\.location))
        }
    }
}

/// Fields of a root selection set grouped by response key, following fragments
/// that apply to the root type (spec 6.3.2 CollectFields).
///
/// Only literal `@skip`/`@include` conditions exclude fields: validation has no
/// variable values.
private struct RootFieldCollector {
    let context: ValidationContext
    let rootType: String
    private(set) var groups: [(key: String, fields: [Field])] = []
    private var visitedFragments: Set<String> = []

    init(context: ValidationContext, rootType: String) {
        self.context = context
        self.rootType = rootType
    }

    mutating func collect(_ selectionSet: SelectionSet) {
        for selection in selectionSet.selections where isIncluded(selection.directives) {
            switch selection {
            case .field(let field):
                if let index = groups.firstIndex(where: { $0.key == field.responseKey }) {
                    groups[index].fields.append(field)
                } else {
                    groups.append((field.responseKey, [field]))
                }
            case .inlineFragment(let fragment):
                if applies(fragment.typeCondition) { collect(fragment.selectionSet) }
            case .fragmentSpread(let spread):
                guard visitedFragments.insert(spread.name.value).inserted,
                    let fragment = context.fragment(named: spread.name.value),
                    applies(fragment.typeCondition)
                else { continue }
                collect(fragment.selectionSet)
            }
        }
    }

    private func applies(_ typeCondition: Name?) -> Bool {
        guard let typeCondition else { return true }
        if typeCondition.value == rootType { return true }
        guard let conditionType = context.type(named: typeCondition.value), conditionType.isAbstract
        else { return false }
        return context.schema.isSubType(rootType, of: conditionType.name)
    }

    private func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives {
            guard let condition = directive.arguments.first(where: { $0.name.value == "if" }),
                case .boolean(let flag) = condition.value.kind
            else { continue }
            if directive.name.value == "skip" && flag { return false }
            if directive.name.value == "include" && !flag { return false }
        }
        return true
    }
}
