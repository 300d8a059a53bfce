/// No argument is given twice to a field or directive (spec 5.4.2 Argument Uniqueness).
final class UniqueArgumentNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ node: Field) { check(node.arguments) }

    func enterDirective(_ node: Directive, at location: DirectiveLocation) { check(node.arguments) }

    private func check(_ arguments: [Argument]) {
        if hasDistinctNames(arguments, \.name.value) { return }
        for (name, names) in groupedByName(arguments.map(\.name)) where names.count > 1 {
            context.report(
                "There can be only one argument named \"\(name)\".", at: names.map(\.location))
        }
    }
}
