/// No two variables of an operation share a name (spec 5.8.1 Variable Uniqueness).
final class UniqueVariableNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ node: OperationDefinition) {
        for (name, names) in groupedByName(node.variableDefinitions.map(\.variable.name))
        where names.count > 1 {
            context.report(
                "There can be only one variable named \"$\(name)\".", at: names.map(\.location))
        }
    }
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
