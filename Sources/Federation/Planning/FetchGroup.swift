/// A fetch being planned: one subgraph, one merge path, and the fetches that
/// must wait for it.
final class FetchGroup {
    let graph: Int
    /// Where results merge into the response; `@` stands for each list element.
    let path: [String]
    let isEntity: Bool
    let selections = SelectionBuilder()
    /// Representation fields per entity type (entity fetches only).
    private(set) var requires: [(typeName: String, fields: [RepresentationField])] = []
    /// Runtime types sent under an interface's name (see `FetchNode.typenameRewrites`).
    var typenameRewrites: [String: String] = [:]
    /// Variables the executor fills from each entity's ancestor (`@fromContext`).
    var contextUses: [ContextUse] = []
    /// `Type.field` coordinates whose context arguments this fetch receives.
    var contextFields: Set<String> = []
    /// Fetches that run after this one, in the order they were created.
    var children: [FetchGroup] = []
    /// Entity fetches planned from this group, by subgraph and path, wherever they run.
    /// Few per group, so a scan beats hashing long paths.
    private var registry: [FetchGroup] = []

    init(graph: Int, path: [String], isEntity: Bool) {
        self.graph = graph
        self.path = path
        self.isEntity = isEntity
    }

    func existingChild(graph: Int, path: [String]) -> FetchGroup? {
        registry.first { $0.graph == graph && Self.samePath($0.path, path) }
    }

    /// Compares from the end, where sibling paths differ.
    private static func samePath(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        var index = a.count - 1
        while index >= 0 {
            if a[index] != b[index] { return false }
            index -= 1
        }
        return true
    }

    func child(graph: Int, path: [String]) -> FetchGroup {
        if let group = existingChild(graph: graph, path: path) { return group }
        let group = FetchGroup(graph: graph, path: path, isEntity: true)
        registry.append(group)
        children.append(group)
        return group
    }

    /// Makes `child` wait for `other` (a sibling that fetches fields it requires).
    func move(_ child: FetchGroup, under other: FetchGroup) {
        guard other !== child, !other.children.contains(where: { $0 === child }) else { return }
        children.removeAll { $0 === child }
        other.children.append(child)
    }

    func addRequires(typeName: String, fields: [RepresentationField]) {
        if let index = requires.firstIndex(where: { $0.typeName == typeName }) {
            for field in fields where !requires[index].fields.contains(field) {
                requires[index].fields.append(field)
            }
        } else {
            requires.append((typeName: typeName, fields: fields))
        }
    }

    /// Whether the representations of `typeName` already carry every top-level field of `fields`.
    func carries(_ fields: FieldSet, for typeName: String) -> Bool {
        guard isEntity, let entry = requires.first(where: { $0.typeName == typeName }) else {
            return false
        }
        let names = Set(entry.fields.map(\.name))
        return fields.fieldNames.allSatisfy(names.contains)
    }
}

/// One `@fromContext` argument of an entity fetch: the variable it is sent as,
/// and where the executor reads its value, `ancestorDepth` path components up
/// from the root on each entity's path.
struct ContextUse: Sendable {
    var variable: String
    var type: String
    var ancestorDepth: Int
    var fields: [RepresentationField]
}
