/// Leaf fields have no selections and other fields have some (spec 5.3.3 Leaf Field Selections).
final class ScalarLeafsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ node: Field) {
        guard let type = context.typeInfo.type,
            let named = context.typeInfo.namedOutputType
        else { return }
        let name = node.name.value
        if named.isLeaf {
            if let selectionSet = node.selectionSet {
                context.report(
                    "Field \"\(name)\" must not have a selection since type \"\(type)\" has no subfields.",
                    at: selectionSet.location)
            }
        } else if node.selectionSet == nil {
            context.report(
                "Field \"\(name)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(name) { ... }\"?",
                at: node.location)
        }
    }
}
