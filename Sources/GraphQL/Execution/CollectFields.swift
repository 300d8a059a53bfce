import JSON

/// The fields selected under one response key, in document order.
struct CollectedField {
    let responseKey: String
    var nodes: [Field]
    var name: String { nodes[0].name.value }
}

/// CollectFields (spec 6.3.2): response keys in order, `@skip`/`@include` applied,
/// fragments whose type condition applies expanded once each.
struct FieldCollector {
    let schema: Schema
    let fragments: [String: FragmentDefinition]
    let variables: JSONObject

    func collect(_ selectionSet: SelectionSet, on type: ObjectType) -> [CollectedField] {
        var fields: [CollectedField] = []
        var index: [String: Int] = [:]
        var visited: Set<String> = []
        collect(selectionSet, on: type, into: &fields, index: &index, visited: &visited)
        return fields
    }

    /// The sub-selections of a field's occurrences merged (spec 6.4.3 CollectSubfields).
    func collectSubfields(_ nodes: [Field], on type: ObjectType) -> [CollectedField] {
        var fields: [CollectedField] = []
        var index: [String: Int] = [:]
        var visited: Set<String> = []
        for node in nodes {
            if let selectionSet = node.selectionSet {
                collect(selectionSet, on: type, into: &fields, index: &index, visited: &visited)
            }
        }
        return fields
    }

    private func collect(
        _ selectionSet: SelectionSet, on type: ObjectType, into fields: inout [CollectedField],
        index: inout [String: Int], visited: inout Set<String>
    ) {
        for selection in selectionSet.selections {
            guard isIncluded(selection.directives) else { continue }
            switch selection {
            case .field(let field):
                let key = field.responseKey
                if let position = index[key] {
                    fields[position].nodes.append(field)
                } else {
                    index[key] = fields.count
                    fields.append(CollectedField(responseKey: key, nodes: [field]))
                }
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition, !applies(condition.value, to: type) {
                    continue
                }
                collect(
                    fragment.selectionSet, on: type, into: &fields, index: &index,
                    visited: &visited)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visited.contains(name), let fragment = fragments[name] else { continue }
                visited.insert(name)
                guard applies(fragment.typeCondition.value, to: type) else { continue }
                collect(
                    fragment.selectionSet, on: type, into: &fields, index: &index,
                    visited: &visited)
            }
        }
    }

    /// DoesFragmentTypeApply (spec 6.3.2).
    private func applies(_ condition: String, to type: ObjectType) -> Bool {
        condition == type.name || schema.isPossibleType(type.name, of: condition)
    }

    /// `@skip(if:)` and `@include(if:)` (spec 3.13.2, 3.13.3).
    private func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives {
            switch directive.name.value {
            case "skip": if condition(directive) == true { return false }
            case "include": if condition(directive) == false { return false }
            default: break
            }
        }
        return true
    }

    private func condition(_ directive: Directive) -> Bool? {
        guard let value = directive.arguments.first(where: { $0.name.value == "if" })?.value
        else { return nil }
        switch value.kind {
        case .boolean(let bool): return bool
        case .variable(let variable): return variables[variable.name.value]?.boolValue
        default: return nil
        }
    }
}
