/// No two variables of an operation share a name (spec 5.8.1 Variable Uniqueness).
final class UniqueVariableNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) {
        if hasDistinctNames(node.variableDefinitions, \.variable.name.value) { return }
        for (name, names) in groupedByName(node.variableDefinitions.map(\.variable.name))
        where names.count > 1 {
            context.report(
                "There can be only one variable named \"$\(name)\".", at: names.map(\.location))
        }
    }
}

/// Whether no two items share a name: compared pairwise when there are few.
func hasDistinctNames<Item>(_ items: [Item], _ name: (Item) -> String) -> Bool {
    if items.count < 2 { return true }
    if items.count > 16 { return false }
    for index in 1..<items.count {
        let current = name(items[index])
        for earlier in 0..<index where name(items[earlier]) == current { return false }
    }
    return true
}

/// Names grouped by spelling, in order of first appearance.
func groupedByName(_ names: [Name]) -> [(String, [Name])] {
    var order: [String] = []
    var groups: [String: [Name]] = [:]
    for name in names {
        if groups[name.value] == nil { order.append(name.value) }
        groups[name.value, default: []].append(name)
    }
    return order.map { ($0, groups[$0]!) }
}
