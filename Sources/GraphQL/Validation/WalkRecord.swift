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
        if hasRepeatedFragmentNames { return (true, []) }
        let graph = FragmentGraph(fragments)
        if graph.hasCycle { return (true, []) }
        let fragmentsUseVariables = graph.usages.contains { !$0.isEmpty }
        var isUsed = [Bool](repeating: false, count: graph.names.count)
        for operation in operations {
            let reached = graph.reached(from: operation.spreads)
            for fragment in reached { isUsed[fragment] = true }
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
                for fragment in reached where hasProblem(graph.usages[fragment]) {
                    return (true, [])
                }
            }
            if !variables.areAllUsed { return (true, []) }
        }
        var usedFragments: Set<String> = []
        for (fragment, used) in isUsed.enumerated() where used {
            usedFragments.insert(graph.names[fragment])
        }
        return (false, usedFragments)
    }
}

/// The defined fragments numbered, with the fragments each spreads by number: each name
/// is looked up once, and the searches below use arrays.
private struct FragmentGraph {
    let names: [String]
    private let numbers: [String: Int]
    /// The defined fragments each spreads (repeats kept).
    private let edges: [[Int]]
    let usages: [[VariableUsage]]

    init(_ fragments: [String: WalkRecord.Fragment]) {
        names = Array(fragments.keys)
        var numbers: [String: Int] = [:]
        for (number, name) in names.enumerated() { numbers[name] = number }
        self.numbers = numbers
        edges = names.map { name in fragments[name]!.spreads.compactMap { numbers[$0] } }
        usages = names.map { fragments[$0]!.usages }
    }

    /// The fragments reachable from these spreads, each once, in no particular order.
    func reached(from spreads: [String]) -> [Int] {
        if names.isEmpty { return [] }
        var isReached = [Bool](repeating: false, count: names.count)
        var reached: [Int] = []
        var toVisit = spreads.compactMap { numbers[$0] }
        while let fragment = toVisit.popLast() {
            if isReached[fragment] { continue }
            isReached[fragment] = true
            reached.append(fragment)
            toVisit += edges[fragment]
        }
        return reached
    }

    /// Whether spreads form a cycle: fragments no remaining fragment spreads are removed
    /// one by one; a cycle is what remains.
    var hasCycle: Bool {
        if edges.allSatisfy(\.isEmpty) { return false }
        var incoming = [Int](repeating: 0, count: names.count)
        for targets in edges {
            for target in targets { incoming[target] += 1 }
        }
        var ready = incoming.indices.filter { incoming[$0] == 0 }
        var removed = 0
        while let fragment = ready.popLast() {
            removed += 1
            for target in edges[fragment] {
                incoming[target] -= 1
                if incoming[target] == 0 { ready.append(target) }
            }
        }
        return removed < names.count
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
