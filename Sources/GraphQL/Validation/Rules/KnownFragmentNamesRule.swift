/// Spreads name defined fragments (spec 5.5.2.1 Fragment Spread Target Defined).
final class KnownFragmentNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterFragmentSpread(_ node: FragmentSpread) {
        if context.fragment(named: node.name.value) == nil {
            context.report("Unknown fragment \"\(node.name.value)\".", at: node.name.location)
        }
    }
}
