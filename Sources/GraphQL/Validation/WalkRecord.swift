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

    /// Whether a deferred rule would report an error for the document walked, and (when
    /// none would) the names of the fragments the operations use.
    func checkDeferredRules(
        variablePositions: VariablesInAllowedPositionRule, typeInfo: TypeInfo
    ) -> (hasProblems: Bool, usedFragments: Set<String>) {
        if hasRepeatedFragmentNames || hasFragmentCycle { return (true, []) }
        let fragmentsUseVariables = fragments.values.contains { !$0.usages.isEmpty }
        var usedFragments: Set<String> = []
        for operation in operations {
            let reached = fragments.isEmpty ? [] : fragmentsReached(from: operation.spreads)
            usedFragments.formUnion(reached)
            if operation.variables.isEmpty && operation.usages.isEmpty && !fragmentsUseVariables {
                continue
            }
            var variables = DefinedVariables(operation.variables, typeInfo: typeInfo)
            func hasProblem(_ usages: [VariableUsage]) -> Bool {
                for usage in usages {
                    guard let position = variables.use(usage.variable.name.value) else {
                        return true
                    }
                    var isWrong = false
                    variablePositions.check(
                        usage, definition: variables.definitions[position],
                        variableType: variables.types[position]
                    ) { _, _ in isWrong = true }
                    if isWrong { return true }
                }
                return false
            }
            if hasProblem(operation.usages) { return (true, []) }
            if fragmentsUseVariables {
                for name in reached {
                    if let fragment = fragments[name], hasProblem(fragment.usages) {
                        return (true, [])
                    }
                }
            }
            if !variables.areAllUsed { return (true, []) }
        }
        return (false, usedFragments)
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

/// An operation's variables: each name's last definition, the type it spells (looked up
/// once) and whether a usage named it. Operations define few, searched in a list; many
/// get an index.
private struct DefinedVariables {
    private(set) var names: [String] = []
    private(set) var definitions: [VariableDefinition] = []
    private(set) var types: [GraphQLType?] = []
    private var isUsed: [Bool] = []
    private var usedCount = 0
    private var index: [String: Int]?

    init(_ variables: [VariableDefinition], typeInfo: TypeInfo) {
        for definition in variables {
            let name = definition.variable.name.value
            let type = typeInfo.type(of: definition.type)
            if let position = position(of: name) {
                definitions[position] = definition
                types[position] = type
                continue
            }
            names.append(name)
            definitions.append(definition)
            types.append(type)
            isUsed.append(false)
            if index != nil {
                index![name] = names.count - 1
            } else if names.count > 16 {
                index = Dictionary(
                    names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            }
        }
    }

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        return names.firstIndex(of: name)
    }

    /// Marks a variable used; nil when the operation does not define it.
    mutating func use(_ name: String) -> Int? {
        guard let position = position(of: name) else { return nil }
        if !isUsed[position] {
            isUsed[position] = true
            usedCount += 1
        }
        return position
    }

    var areAllUsed: Bool { usedCount == names.count }
}
