/// The deepest nesting of selection sets in an operation with its fragments expanded.
///
/// The parser bounds nesting inside each definition; fragments that spread fragments can
/// still nest selections far deeper, and execution recurses once per level, so requests
/// are refused above a limit before any work. A fragment cycle (only in unvalidated
/// documents) nests without end and counts as deeper than any limit.
struct OperationDepth {
    let fragments: [String: FragmentDefinition]
    private var innerDepths: [String: Int] = [:]
    private var visiting: Set<String> = []
    /// The depth of a cycle: more than any limit, with room to add levels without overflow.
    static let unbounded = Int.max / 2

    init(fragments: [String: FragmentDefinition]) { self.fragments = fragments }

    /// A selection set is one level; each field's own selection set one more.
    mutating func depth(of selectionSet: SelectionSet) -> Int {
        1 + innerDepth(of: selectionSet)
    }

    private mutating func innerDepth(of selectionSet: SelectionSet) -> Int {
        var deepest = 0
        for selection in selectionSet.selections {
            let depth: Int
            switch selection {
            case .field(let field):
                depth = field.selectionSet.map { min(self.depth(of: $0), Self.unbounded) } ?? 0
            case .inlineFragment(let fragment):
                depth = innerDepth(of: fragment.selectionSet)
            case .fragmentSpread(let spread):
                depth = innerDepth(ofFragment: spread.name.value)
            }
            deepest = max(deepest, depth)
        }
        return deepest
    }

    private mutating func innerDepth(ofFragment name: String) -> Int {
        if let known = innerDepths[name] { return known }
        guard let fragment = fragments[name] else { return 0 }
        guard visiting.insert(name).inserted else { return Self.unbounded }
        let depth = innerDepth(of: fragment.selectionSet)
        visiting.remove(name)
        innerDepths[name] = depth
        return depth
    }
}
