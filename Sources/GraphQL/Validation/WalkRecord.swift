/// What the walk saw of each operation and fragment: the variables defined, the variables
/// used (with the types expected there) and the fragments spread.
///
/// An optimistic pass (see `validateWithSpecifiedRules`) defers the rules that look
/// through fragments (NoFragmentCycles, NoUndefinedVariables, NoUnusedVariables,
/// VariablesInAllowedPosition) and asks this record at the end whether any of them would
/// report something. Those questions need no order, so no fragment is scanned again.
struct WalkRecord {
    struct Operation {
        var variables: [VariableDefinition] = []
        var usages: [VariableUsage] = []
        var spreads: [String] = []
    }

    struct Fragment {
        var usages: [VariableUsage] = []
        var spreads: [String] = []
    }

    private(set) var operations: [Operation] = []
    /// By name; a later definition of a name replaces the earlier one, as fragment lookups do.
    private(set) var fragments: [String: Fragment] = [:]
    private(set) var hasRepeatedFragmentNames = false

    /// The definition being walked: its record is kept here until it is left.
    private var current = Operation()
    private(set) var isInDefinition = false

    mutating func enterDefinition() {
        current = Operation()
        isInDefinition = true
    }

    mutating func leaveOperation() -> Operation {
        operations.append(current)
        isInDefinition = false
        return current
    }

    mutating func leaveFragment(named name: String) {
        if fragments.updateValue(
            Fragment(usages: current.usages, spreads: current.spreads), forKey: name) != nil
        {
            hasRepeatedFragmentNames = true
        }
        isInDefinition = false
    }

    mutating func add(_ variable: VariableDefinition) { current.variables.append(variable) }
    mutating func add(_ usage: VariableUsage) { current.usages.append(usage) }
    mutating func addSpread(_ name: String) { current.spreads.append(name) }

    // MARK: - Deferred checks

    /// Whether a deferred rule would report an error for the document walked.
    func hasDeferredProblems(
        variablePositions: VariablesInAllowedPositionRule, typeInfo: TypeInfo
    ) -> Bool {
        if hasRepeatedFragmentNames || hasFragmentCycle { return true }
        let fragmentsUseVariables = fragments.values.contains { !$0.usages.isEmpty }
        for operation in operations {
            if operation.variables.isEmpty && operation.usages.isEmpty && !fragmentsUseVariables {
                continue
            }
            // Each name's last definition, with the type it spells, looked up once.
            var definitions: [String: (VariableDefinition, GraphQLType?)] = [:]
            for definition in operation.variables {
                definitions[definition.variable.name.value] = (
                    definition, typeInfo.type(of: definition.type)
                )
            }
            var used: Set<String> = []
            func hasProblem(_ usages: [VariableUsage]) -> Bool {
                for usage in usages {
                    let name = usage.variable.name.value
                    guard let (definition, variableType) = definitions[name] else { return true }
                    used.insert(name)
                    var isWrong = false
                    variablePositions.check(
                        usage, definition: definition, variableType: variableType
                    ) { _, _ in isWrong = true }
                    if isWrong { return true }
                }
                return false
            }
            if hasProblem(operation.usages) { return true }
            if fragmentsUseVariables {
                for name in fragmentsReached(from: operation.spreads) {
                    if let fragment = fragments[name], hasProblem(fragment.usages) { return true }
                }
            }
            if used.count < definitions.count { return true }
        }
        return false
    }

    /// The names of the fragments some operation uses, directly or through others.
    var usedFragmentNames: Set<String> {
        var used: Set<String> = []
        for operation in operations { used.formUnion(fragmentsReached(from: operation.spreads)) }
        return used
    }

    /// The defined fragments reachable through spreads, in no particular order.
    private func fragmentsReached(from spreads: [String]) -> Set<String> {
        var reached: Set<String> = []
        var toVisit = spreads
        while let name = toVisit.popLast() {
            guard let fragment = fragments[name], reached.insert(name).inserted else { continue }
            toVisit += fragment.spreads
        }
        return reached
    }

    /// Whether spreads between defined fragments form a cycle: fragments no other
    /// remaining fragment spreads are removed one by one; a cycle is what remains.
    private var hasFragmentCycle: Bool {
        if !fragments.values.contains(where: { !$0.spreads.isEmpty }) { return false }
        var incoming: [String: Int] = [:]
        for fragment in fragments.values {
            for target in fragment.spreads where fragments[target] != nil {
                incoming[target, default: 0] += 1
            }
        }
        var ready = fragments.keys.filter { incoming[$0] == nil }
        var removed = 0
        while let name = ready.popLast() {
            removed += 1
            for target in fragments[name]!.spreads where fragments[target] != nil {
                incoming[target]! -= 1
                if incoming[target] == 0 { ready.append(target) }
            }
        }
        return removed < fragments.count
    }
}
