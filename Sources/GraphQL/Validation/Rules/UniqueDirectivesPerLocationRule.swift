/// A non-repeatable directive appears at most once per location
/// (spec 5.7.3 Directives Are Unique Per Location).
///
/// In SDL, a schema or type and its extensions count as one location.
final class UniqueDirectivesPerLocationRule: ValidationRule {
    private let context: ValidationContext
    private var schemaDirectives: [String: Directive] = [:]
    private var typeDirectives: [String: [String: Directive]] = [:]

    init(context: ValidationContext) {
        self.context = context
    }

    func enterOperation(_ node: OperationDefinition) { check(node.directives) }
    func enterFragment(_ node: FragmentDefinition) { check(node.directives) }
    func enterVariableDefinition(_ node: VariableDefinition) { check(node.directives) }
    func enterField(_ node: Field) { check(node.directives) }
    func enterFragmentSpread(_ node: FragmentSpread) { check(node.directives) }
    func enterInlineFragment(_ node: InlineFragment) { check(node.directives) }
    func enterFieldDefinition(_ node: FieldDefinition) { check(node.directives) }
    func enterInputValueDefinition(_ node: InputValueDefinition) { check(node.directives) }
    func enterEnumValueDefinition(_ node: EnumValueDefinition) { check(node.directives) }

    func enterTypeSystemDefinition(_ node: Definition) {
        switch node {
        case .schema(let schema), .schemaExtension(let schema):
            check(schema.directives, seen: &schemaDirectives)
        case .type(let type), .typeExtension(let type):
            check(type.directives, seen: &typeDirectives[type.name.value, default: [:]])
        case .directive, .operation, .fragment:
            break
        }
    }

    private func check(_ directives: [Directive]) {
        guard directives.count > 1 else { return }
        var seen: [String: Directive] = [:]
        check(directives, seen: &seen)
    }

    private func check(_ directives: [Directive], seen: inout [String: Directive]) {
        let known = context.directiveFacts
        for directive in directives where known[directive.name.value]?.isRepeatable == false {
            let name = directive.name.value
            if let first = seen[name] {
                context.report(
                    "The directive \"@\(name)\" can only be used once at this location.",
                    at: first.location, directive.location)
            } else {
                seen[name] = directive
            }
        }
    }
}
