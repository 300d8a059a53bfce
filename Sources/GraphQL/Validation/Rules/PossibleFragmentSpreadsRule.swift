/// A fragment is spread only where its type could apply (spec 5.5.2.3 Fragment Spread Is Possible).
final class PossibleFragmentSpreadsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterInlineFragment(_ node: InlineFragment) {
        guard let fragmentType = context.typeInfo.namedOutputType,
            fragmentType.isCompositeType,
            let parentType = context.typeInfo.parentType,
            !context.schema.doTypesOverlap(fragmentType, parentType)
        else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
            at: node.location)
    }

    func enterFragmentSpread(_ node: FragmentSpread) {
        let name = node.name.value
        guard let fragment = context.fragment(named: name),
            // A fragment on the parent type itself always applies.
            fragment.typeCondition.value != context.typeInfo.parentType?.name,
            let fragmentType = context.type(named: fragment.typeCondition.value),
            fragmentType.isCompositeType,
            let parentType = context.typeInfo.parentType,
            !context.schema.doTypesOverlap(fragmentType, parentType)
        else { return }
        context.report(
            "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
            at: node.location)
    }
}
