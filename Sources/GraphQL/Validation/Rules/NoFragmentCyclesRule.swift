/// Fragments do not spread themselves, directly or through others
/// (spec 5.5.2.2 Fragment Spreads Must Not Form Cycles).
///
/// One depth-first search over all fragments, reporting each cycle once.
final class NoFragmentCyclesRule: ValidationRule {
    private let context: ValidationContext
    private var visited: Set<String> = []
    private var spreadPath: [FragmentSpread] = []
    private var spreadPathIndex: [String: Int] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterFragment(_ node: FragmentDefinition) {
        detectCycles(from: node)
    }

    private func detectCycles(from fragment: FragmentDefinition) {
        let name = fragment.name.value
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(in: fragment)
        if spreads.isEmpty { return }

        spreadPathIndex[name] = spreadPath.count
        for spread in spreads {
            let spreadName = spread.name.value
            spreadPath.append(spread)
            if let cycleStart = spreadPathIndex[spreadName] {
                let cycle = spreadPath[cycleStart...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself"
                        + (via.isEmpty ? "." : " via \(via)."),
                    at: cycle.map(\.location))
            } else if let target = context.fragment(named: spreadName) {
                detectCycles(from: target)
            }
            spreadPath.removeLast()
        }
        spreadPathIndex[name] = nil
    }
}
