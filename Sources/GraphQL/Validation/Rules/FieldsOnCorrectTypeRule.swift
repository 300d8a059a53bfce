/// Selected fields exist on their parent type (spec 5.3.1 Field Selections).
///
/// Suggests inline fragments on types that have the field, else similar field names.
final class FieldsOnCorrectTypeRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ node: Field) {
        guard let parentType = context.typeInfo.parentType,
            context.typeInfo.fieldDefinition == nil
        else { return }
        let name = node.name.value
        var suggestion = Suggestions.didYouMean(
            suggestedTypes(for: name, on: parentType), subMessage: "to use an inline fragment on")
        if suggestion.isEmpty {
            let fieldNames = parentType.fields?.map(\.name) ?? []
            suggestion = Suggestions.didYouMean(Suggestions.list(name, options: fieldNames))
        }
        context.report(
            "Cannot query field \"\(name)\" on type \"\(parentType.name)\"." + suggestion,
            at: node.location)
    }

    /// Types that have the field, most used among the possible types first,
    /// interfaces before their implementations.
    private func suggestedTypes(for fieldName: String, on type: NamedType) -> [String] {
        guard type.isAbstract else { return [] }
        let schema = context.schema
        var suggested: [NamedType] = []
        var usage: [String: Int] = [:]
        for possible in schema.possibleTypes(of: type.name)
        where possible.fieldsByName[fieldName] != nil {
            if usage[possible.name] == nil { suggested.append(.object(possible)) }
            usage[possible.name] = 1
            for interfaceName in possible.interfaces {
                guard let interface = context.type(named: interfaceName),
                    interface.field(fieldName) != nil
                else { continue }
                if usage[interfaceName] == nil { suggested.append(interface) }
                usage[interfaceName, default: 0] += 1
            }
        }
        return suggested.sorted { a, b in
            let difference = usage[b.name]! - usage[a.name]!
            if difference != 0 { return difference < 0 }
            if case .interface = a, schema.isSubType(b.name, of: a.name) { return true }
            if case .interface = b, schema.isSubType(a.name, of: b.name) { return false }
            return naturalPrecedes(a.name, b.name)
        }.map(\.name)
    }
}
