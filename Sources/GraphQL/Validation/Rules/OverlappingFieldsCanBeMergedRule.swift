/// Fields with the same response key can be merged: same field and arguments
/// unless their parents are distinct object types, and never conflicting shapes
/// (spec 5.3.2 Field Selection Merging).
///
/// Follows graphql-js's algorithm, which caches each selection set's fields and
/// compares each pair of fragments once, so the report order matches.
///
/// Fragments that spread themselves under same-named fields
/// (`fragment A on T { x { ...A x { ...A } } }` next to a fragment like it) make graphql-js
/// 16 recurse until its stack overflows, and other cycles multiply the comparisons (such
/// documents are invalid anyway: NoFragmentCyclesRule reports them). Here a document with
/// a fragment cycle gets a fixed number of comparisons, and any document a fixed nesting
/// of field-and-fragment comparisons; one that needs more gets an error saying its fields
/// were not checked, instead of holding the validator for minutes or overflowing the
/// stack. Documents within both get graphql-js's answer, repeated reports included.
final class OverlappingFieldsCanBeMergedRule: ValidationRule {
    private let context: ValidationContext
    private var comparedFragmentPairs = FragmentPairSet()
    private var cache: [Int: FieldsAndFragments] = [:]
    /// Canonical arguments by field position in the source: every pair compares them.
    private var argumentsByField: [Int: String] = [:]
    /// Each field's parent type, name, arguments and selections, interned, by position.
    private var shapesByField: [Int: Int] = [:]
    private var shapeNumbers: [String: Int] = [:]
    private var conflictFreeShapes: Set<ShapePair> = []
    /// Field-and-fragment comparisons under way, one inside the other.
    private var nestedComparisons = 0
    /// Comparisons left for this document; see `spend()`.
    private var budget = OverlappingFieldsCanBeMergedRule.comparisonBudget
    /// Set when a cyclic document spent its budget or nested too deep: no more comparing.
    private var isOverBudget = false
    private var hasGivenUp = false
    /// Whether some fragment spreads itself, directly or through others; found the first
    /// time the budget runs out.
    private lazy var documentHasFragmentCycle = Self.hasFragmentCycle(context)

    private func shape(of entry: FieldEntry) -> Int {
        if let start = entry.node.location?.start, let known = shapesByField[start] {
            return known
        }
        let node = entry.node
        var text = (entry.parentType?.name ?? "?") + "." + node.name.value
        text += "(" + canonicalArguments(node) + ")"
        if let selectionSet = node.selectionSet { text += print(selectionSet) }
        let number = shapeNumbers[text] ?? shapeNumbers.count
        shapeNumbers[text] = number
        if let start = node.location?.start { shapesByField[start] = number }
        return number
    }

    init(context: ValidationContext) { self.context = context }

    func enterSelectionSet(_ node: SelectionSet) {
        if hasGivenUp || Self.hasOnlyDistinctFields(node) { return }
        var conflicts: [Conflict] = []
        findConflictsWithin(node, parentType: context.typeInfo.parentType, into: &conflicts)
        if isOverBudget {
            hasGivenUp = true
            context.report(
                "Fields were not checked for conflicts: the fragments of this document expand into more than \(Self.comparisonBudget) comparisons.",
                at: node.location)
            return
        }
        for conflict in conflicts {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.message). Use different aliases on the fields to fetch both if this was intentional.",
                at: (conflict.fields1 + conflict.fields2).map(\.location))
        }
    }

    /// Whether a selection set holds only fields, each with its own response key: then
    /// nothing in it can conflict, and it spreads no fragment to compare with.
    ///
    /// Checked pairwise, for small sets only; larger ones take the general path.
    private static func hasOnlyDistinctFields(_ selectionSet: SelectionSet) -> Bool {
        let selections = selectionSet.selections
        let count = selections.count
        guard count <= 16 else { return false }
        return withUnsafeTemporaryAllocation(of: String.self, capacity: count) { keys in
            var collected = 0
            defer { keys.baseAddress!.deinitialize(count: collected) }
            for index in 0..<count {
                guard case .field(let field) = selections[index] else { return false }
                let key = field.alias?.value ?? field.name.value
                for earlier in 0..<collected where keys[earlier] == key { return false }
                keys.initializeElement(at: collected, to: key)
                collected += 1
            }
            return true
        }
    }

    // MARK: - Finding conflicts

    /// Field-and-fragment comparisons allowed one inside the other: each level takes a few
    /// stack frames, and without a fragment cycle the nesting follows the document's.
    private static let maxNestedComparisons = 100

    /// Field and fragment comparisons one document may cost (the introspection query
    /// needs a few hundred).
    static let comparisonBudget = 200_000

    /// Takes one comparison from the budget; false once a cyclic document has spent it.
    ///
    /// Without a fragment cycle the work is bounded by graphql-js's algorithm (each pair
    /// of fragments compared once), so such a document gets every comparison it needs.
    private func spend() -> Bool {
        if isOverBudget { return false }
        if budget > 0 {
            budget -= 1
            return true
        }
        if documentHasFragmentCycle {
            isOverBudget = true
            return false
        }
        budget = Self.comparisonBudget
        return true
    }

    /// Whether a fragment of the document spreads itself, directly or through others
    /// (a depth-first search without recursion: fragment chains can be long).
    private static func hasFragmentCycle(_ context: ValidationContext) -> Bool {
        enum State { case onPath, done }
        var states: [String: State] = [:]
        for case .fragment(let root) in context.document.definitions
        where states[root.name.value] == nil {
            states[root.name.value] = .onPath
            var stack: [(spreads: [FragmentSpread], next: Int, name: String)] = [
                (context.fragmentSpreads(in: root), 0, root.name.value)
            ]
            while !stack.isEmpty {
                let top = stack.count - 1
                guard stack[top].next < stack[top].spreads.count else {
                    states[stack[top].name] = .done
                    stack.removeLast()
                    continue
                }
                let name = stack[top].spreads[stack[top].next].name.value
                stack[top].next += 1
                switch states[name] {
                case .onPath: return true
                case .done: continue
                case nil:
                    guard let fragment = context.fragment(named: name) else { continue }
                    states[name] = .onPath
                    stack.append((context.fragmentSpreads(in: fragment), 0, name))
                }
            }
        }
        return false
    }

    /// How many fields of one response key make comparing by shape worth its cost.
    private static let shapeThreshold = 8

    private func findConflictsWithin(
        _ selectionSet: SelectionSet, parentType: NamedType?, into conflicts: inout [Conflict]
    ) {
        let fields = fieldsAndFragments(of: selectionSet, parentType: parentType)
        // Conflicts beyond the error limit would never be shown; finding them is the
        // quadratic part a hostile document (thousands of same-named fields) exploits.
        let wanted = context.remainingErrors
        for (key, entries) in fields.hasRepeatedKeys ? fields.grouped : []
        where entries.count > 1 {
            // Shapes pay off only for many fields of one key; a few are compared directly.
            let usesShapes = entries.count >= Self.shapeThreshold
            for i in entries.indices {
                for j in (i + 1)..<entries.count {
                    if conflicts.count >= wanted { return }
                    // A pair shaped like one already found conflict-free is too: the
                    // outcome depends only on types, names, arguments and selections.
                    var shapes: ShapePair?
                    if usesShapes {
                        let pair = ShapePair(shape(of: entries[i]), shape(of: entries[j]))
                        if conflictFreeShapes.contains(pair) { continue }
                        shapes = pair
                    }
                    if let conflict = findConflict(
                        key, entries[i], entries[j], parentsAreMutuallyExclusive: false)
                    {
                        conflicts.append(conflict)
                    } else if let shapes {
                        conflictFreeShapes.insert(shapes)
                    }
                }
            }
        }
        for (i, fragmentName) in fields.fragmentNames.enumerated() {
            collectConflicts(
                between: fields, andFragment: fragmentName, mutuallyExclusive: false,
                into: &conflicts)
            for other in fields.fragmentNames[(i + 1)...] {
                collectConflicts(
                    betweenFragments: fragmentName, other, mutuallyExclusive: false,
                    into: &conflicts)
            }
        }
    }

    private func collectConflicts(
        between fields: FieldsAndFragments, andFragment fragmentName: String,
        mutuallyExclusive: Bool, into conflicts: inout [Conflict]
    ) {
        guard spend(), let fragment = context.fragment(named: fragmentName) else { return }
        let fragmentFields = referencedFieldsAndFragments(of: fragment)
        // A fragment's fields are not compared with themselves.
        if fields === fragmentFields { return }
        guard nestedComparisons < Self.maxNestedComparisons else {
            // Fragment cycles nest this deep (documents are far shallower): give up.
            isOverBudget = true
            return
        }
        nestedComparisons += 1
        defer { nestedComparisons -= 1 }

        collectConflicts(
            between: fields, fragmentFields, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for referenced in fragmentFields.fragmentNames {
            if comparedFragmentPairs.contains(referenced, fragmentName, mutuallyExclusive) {
                continue
            }
            comparedFragmentPairs.insert(referenced, fragmentName, mutuallyExclusive)
            collectConflicts(
                between: fields, andFragment: referenced, mutuallyExclusive: mutuallyExclusive,
                into: &conflicts)
        }
    }

    private func collectConflicts(
        betweenFragments name1: String, _ name2: String, mutuallyExclusive: Bool,
        into conflicts: inout [Conflict]
    ) {
        if name1 == name2 || !spend() { return }
        if comparedFragmentPairs.contains(name1, name2, mutuallyExclusive) { return }
        comparedFragmentPairs.insert(name1, name2, mutuallyExclusive)
        guard let fragment1 = context.fragment(named: name1),
            let fragment2 = context.fragment(named: name2)
        else { return }
        let fields1 = referencedFieldsAndFragments(of: fragment1)
        let fields2 = referencedFieldsAndFragments(of: fragment2)

        collectConflicts(
            between: fields1, fields2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for referenced in fields2.fragmentNames {
            collectConflicts(
                betweenFragments: name1, referenced, mutuallyExclusive: mutuallyExclusive,
                into: &conflicts)
        }
        for referenced in fields1.fragmentNames {
            collectConflicts(
                betweenFragments: referenced, name2, mutuallyExclusive: mutuallyExclusive,
                into: &conflicts)
        }
    }

    private func findConflicts(
        betweenSubSelections selectionSet1: SelectionSet, parentType1: NamedType?,
        _ selectionSet2: SelectionSet, parentType2: NamedType?, mutuallyExclusive: Bool
    ) -> [Conflict] {
        var conflicts: [Conflict] = []
        let fields1 = fieldsAndFragments(of: selectionSet1, parentType: parentType1)
        let fields2 = fieldsAndFragments(of: selectionSet2, parentType: parentType2)

        collectConflicts(
            between: fields1, fields2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for name in fields2.fragmentNames {
            collectConflicts(
                between: fields1, andFragment: name, mutuallyExclusive: mutuallyExclusive,
                into: &conflicts)
        }
        for name in fields1.fragmentNames {
            collectConflicts(
                between: fields2, andFragment: name, mutuallyExclusive: mutuallyExclusive,
                into: &conflicts)
        }
        for name1 in fields1.fragmentNames {
            for name2 in fields2.fragmentNames {
                collectConflicts(
                    betweenFragments: name1, name2, mutuallyExclusive: mutuallyExclusive,
                    into: &conflicts)
            }
        }
        return conflicts
    }

    private func collectConflicts(
        between fields1: FieldsAndFragments, _ fields2: FieldsAndFragments,
        mutuallyExclusive: Bool, into conflicts: inout [Conflict]
    ) {
        if fields1.isEmpty || fields2.isEmpty { return }
        if !fields1.hasRepeatedKeys && !fields2.hasRepeatedKeys {
            for (index1, key) in fields1.keys.enumerated() {
                guard let index2 = fields2.firstIndex(of: key) else { continue }
                if let conflict = findConflict(
                    key, fields1.entries[index1], fields2.entries[index2],
                    parentsAreMutuallyExclusive: mutuallyExclusive)
                {
                    conflicts.append(conflict)
                }
            }
            return
        }
        for (key, entries1) in fields1.grouped {
            let entries2 = fields2.entries(for: key)
            if entries2.isEmpty { continue }
            for entry1 in entries1 {
                for entry2 in entries2 {
                    if let conflict = findConflict(
                        key, entry1, entry2, parentsAreMutuallyExclusive: mutuallyExclusive)
                    {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// Why two fields with the same response key cannot be merged, if they cannot.
    private func findConflict(
        _ responseName: String, _ entry1: FieldEntry, _ entry2: FieldEntry,
        parentsAreMutuallyExclusive: Bool
    ) -> Conflict? {
        guard spend() else { return nil }
        let node1 = entry1.node
        let node2 = entry2.node
        var areMutuallyExclusive = parentsAreMutuallyExclusive
        if !areMutuallyExclusive, case .object(let parent1) = entry1.parentType,
            case .object(let parent2) = entry2.parentType, parent1.name != parent2.name
        {
            areMutuallyExclusive = true
        }

        if !areMutuallyExclusive {
            if node1.name.value != node2.name.value {
                return Conflict(
                    responseName: responseName,
                    reason: .message(
                        "\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields"),
                    fields1: [node1], fields2: [node2])
            }
            if canonicalArguments(node1) != canonicalArguments(node2) {
                return Conflict(
                    responseName: responseName, reason: .message("they have differing arguments"),
                    fields1: [node1], fields2: [node2])
            }
        }

        let type1 = entry1.definition?.type
        let type2 = entry2.definition?.type
        if let type1, let type2, doTypesConflict(type1, type2) {
            return Conflict(
                responseName: responseName,
                reason: .message("they return conflicting types \"\(type1)\" and \"\(type2)\""),
                fields1: [node1], fields2: [node2])
        }

        guard let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet else {
            return nil
        }
        let subConflicts = findConflicts(
            betweenSubSelections: selectionSet1,
            parentType1: type1.flatMap { context.type(named: $0.namedType) }, selectionSet2,
            parentType2: type2.flatMap { context.type(named: $0.namedType) },
            mutuallyExclusive: areMutuallyExclusive)
        guard !subConflicts.isEmpty else { return nil }
        return Conflict(
            responseName: responseName,
            reason: .subfields(subConflicts.map { ($0.responseName, $0.reason) }),
            fields1: [node1] + subConflicts.flatMap(\.fields1),
            fields2: [node2] + subConflicts.flatMap(\.fields2))
    }

    private func doTypesConflict(_ type1: GraphQLType, _ type2: GraphQLType) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1), .list(let inner2)): return doTypesConflict(inner1, inner2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1), .nonNull(let inner2)): return doTypesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull): return true
        case (.named(let name1), .named(let name2)):
            let isLeaf1 = context.type(named: name1)?.isLeaf ?? false
            let isLeaf2 = context.type(named: name2)?.isLeaf ?? false
            return (isLeaf1 || isLeaf2) && name1 != name2
        }
    }

    /// Arguments printed as one object value with fields sorted by name, so
    /// argument order does not matter.
    private func canonicalArguments(_ field: Field) -> String {
        if field.arguments.isEmpty { return "" }
        if let start = field.location?.start, let known = argumentsByField[start] { return known }
        let fields = field.arguments.map { ObjectField(name: $0.name, value: $0.value) }
        let printed = print(sortedFields(Value(.object(fields))))
        if let start = field.location?.start { argumentsByField[start] = printed }
        return printed
    }

    private func sortedFields(_ value: Value) -> Value {
        switch value.kind {
        case .object(let fields):
            let sorted = fields.map { ObjectField(name: $0.name, value: sortedFields($0.value)) }
                .sorted { naturalPrecedes($0.name.value, $1.name.value) }
            return Value(.object(sorted))
        case .list(let items):
            return Value(.list(items.map(sortedFields)))
        default:
            return value
        }
    }

    // MARK: - Collecting fields

    private func referencedFieldsAndFragments(of fragment: FragmentDefinition) -> FieldsAndFragments
    {
        if let key = fragment.selectionSet.location?.start, let cached = cache[key] {
            return cached
        }
        return fieldsAndFragments(
            of: fragment.selectionSet, parentType: context.type(named: fragment.typeCondition.value)
        )
    }

    private func fieldsAndFragments(of selectionSet: SelectionSet, parentType: NamedType?)
        -> FieldsAndFragments
    {
        let key = selectionSet.location?.start
        if let key, let cached = cache[key] { return cached }
        let result = FieldsAndFragments(selectionSet, parentType: parentType, context: context)
        if let key { cache[key] = result }
        return result
    }
}

/// A field selection with the type it was selected on and its definition there.
private struct FieldEntry {
    var parentType: NamedType?
    var node: Field
    var definition: OutputField?
}

/// The fields of a selection set in selection order, each with its response key, and the
/// fragments it spreads (graphql-js's field map and fragment names).
///
/// Keys and fragment names are collected at once; the fields themselves (with their
/// definitions) only when some key is shared with another set, which most never are.
/// Most sets use each key once: they stay flat, grouped by key only when one repeats.
private final class FieldsAndFragments {
    private let selectionSet: SelectionSet
    private let parentType: NamedType?
    private let context: ValidationContext
    private(set) var keys: [String] = []
    private(set) var hasRepeatedKeys = false
    private(set) var fragmentNames: [String] = []
    /// The first field of each key, kept once there are too many keys to search.
    private var firstIndexByKey: [String: Int]?
    private var seenFragments: Set<String> = []
    private var collectedEntries: [FieldEntry]?
    private var groupedCache: [(key: String, entries: [FieldEntry])]?
    private var groupIndexCache: [String: Int] = [:]

    private static let searchLimit = 12

    init(_ selectionSet: SelectionSet, parentType: NamedType?, context: ValidationContext) {
        self.selectionSet = selectionSet
        self.parentType = parentType
        self.context = context
        collectKeys(selectionSet)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// The fields, in the order of `keys`.
    var entries: [FieldEntry] {
        if let collectedEntries { return collectedEntries }
        var entries: [FieldEntry] = []
        entries.reserveCapacity(keys.count)
        collectEntries(selectionSet, parentType: parentType, into: &entries)
        collectedEntries = entries
        return entries
    }

    private func collectKeys(_ selectionSet: SelectionSet) {
        let selections = selectionSet.selections
        for index in selections.indices {
            switch selections[index] {
            case .field(let field):
                appendKey(field.alias?.value ?? field.name.value)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                // A few names are searched; a set takes over for many.
                if fragmentNames.count < 16 {
                    if !fragmentNames.contains(name) { fragmentNames.append(name) }
                } else {
                    if seenFragments.isEmpty { seenFragments = Set(fragmentNames) }
                    if seenFragments.insert(name).inserted { fragmentNames.append(name) }
                }
            case .inlineFragment(let fragment):
                collectKeys(fragment.selectionSet)
            }
        }
    }

    private func collectEntries(
        _ selectionSet: SelectionSet, parentType: NamedType?, into entries: inout [FieldEntry]
    ) {
        let selections = selectionSet.selections
        for index in selections.indices {
            switch selections[index] {
            case .field(let field):
                let definition: OutputField? =
                    switch parentType {
                    case .object(let type): type.fieldsByName[field.name.value]
                    case .interface(let type): type.fieldsByName[field.name.value]
                    default: nil
                    }
                entries.append(
                    FieldEntry(parentType: parentType, node: field, definition: definition))
            case .fragmentSpread:
                break
            case .inlineFragment(let fragment):
                let type =
                    fragment.typeCondition.map { context.type(named: $0.value) } ?? parentType
                collectEntries(fragment.selectionSet, parentType: type, into: &entries)
            }
        }
    }

    private func appendKey(_ key: String) {
        if firstIndexByKey == nil && keys.count >= Self.searchLimit {
            var index: [String: Int] = [:]
            for (position, known) in keys.enumerated() where index[known] == nil {
                index[known] = position
            }
            firstIndexByKey = index
        }
        if firstIndexByKey != nil {
            if firstIndexByKey![key] == nil {
                firstIndexByKey![key] = keys.count
            } else {
                hasRepeatedKeys = true
            }
        } else if !hasRepeatedKeys && keys.contains(key) {
            hasRepeatedKeys = true
        }
        keys.append(key)
    }

    /// The position of the first field with this response key.
    func firstIndex(of key: String) -> Int? {
        if let firstIndexByKey { return firstIndexByKey[key] }
        return keys.firstIndex(of: key)
    }

    /// The fields with this response key, in order.
    func entries(for key: String) -> [FieldEntry] {
        if !hasRepeatedKeys { return firstIndex(of: key).map { [entries[$0]] } ?? [] }
        let groups = grouped
        return groupIndexCache[key].map { groups[$0].entries } ?? []
    }

    /// The fields grouped by response key, keys in order of first appearance.
    var grouped: [(key: String, entries: [FieldEntry])] {
        if let groupedCache { return groupedCache }
        var groups: [(key: String, entries: [FieldEntry])] = []
        var groupIndex: [String: Int] = [:]
        for (key, entry) in zip(keys, entries) {
            if let index = groupIndex[key] {
                groups[index].entries.append(entry)
            } else {
                groupIndex[key] = groups.count
                groups.append((key, [entry]))
            }
        }
        groupedCache = groups
        groupIndexCache = groupIndex
        return groups
    }
}

private struct Conflict {
    var responseName: String
    var reason: ConflictReason
    var fields1: [Field]
    var fields2: [Field]
}

private indirect enum ConflictReason {
    case message(String)
    case subfields([(String, ConflictReason)])

    var message: String {
        switch self {
        case .message(let text): text
        case .subfields(let reasons):
            reasons.map { "subfields \"\($0.0)\" conflict because \($0.1.message)" }
                .joined(separator: " and ")
        }
    }
}

/// Pairs of fragments already compared; a pair compared as mutually exclusive
/// also covers the exclusive case only.
private struct FragmentPairSet {
    private var pairs: [String: [String: Bool]] = [:]

    func contains(_ a: String, _ b: String, _ areMutuallyExclusive: Bool) -> Bool {
        let (first, second) = a < b ? (a, b) : (b, a)
        guard let stored = pairs[first]?[second] else { return false }
        return areMutuallyExclusive ? true : stored == areMutuallyExclusive
    }

    mutating func insert(_ a: String, _ b: String, _ areMutuallyExclusive: Bool) {
        let (first, second) = a < b ? (a, b) : (b, a)
        pairs[first, default: [:]][second] = areMutuallyExclusive
    }
}

/// Two field shapes compared within one selection set.
private struct ShapePair: Hashable {
    let first: Int
    let second: Int

    init(_ first: Int, _ second: Int) {
        self.first = first
        self.second = second
    }
}
