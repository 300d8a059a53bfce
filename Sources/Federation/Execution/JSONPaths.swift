import GraphQL
import JSON

/// In-place edits of a JSON tree; the value is detached while edited so
/// copy-on-write never copies.
enum JSONPaths {
    /// Runs `body` on the value at `path`, if the path exists.
    static func modify(
        _ value: inout JSON, at path: ArraySlice<PathComponent>, _ body: (inout JSON) -> Void
    ) {
        guard let first = path.first else {
            body(&value)
            return
        }
        // Matching `value` alone (not a tuple holding a copy of it) leaves the bound
        // container uniquely referenced once `value` is cleared.
        switch first {
        case .key(let key):
            guard case .object(var object) = value else { return }
            value = .null
            if let index = object.members.firstIndex(where: { $0.key == key }) {
                modify(&object.members[index].value, at: path.dropFirst(), body)
            }
            value = .object(object)
        case .index(let index):
            guard case .array(var items) = value else { return }
            value = .null
            if items.indices.contains(index) { modify(&items[index], at: path.dropFirst(), body) }
            value = .array(items)
        }
    }

    /// Merges `source` into `target`: objects member by member, lists element by element.
    static func deepMerge(_ target: inout JSON, _ source: JSON) {
        switch source {
        case .object(let incoming):
            guard case .object(var object) = target else {
                target = source
                return
            }
            target = .null
            for member in incoming.members {
                if let index = object.members.firstIndex(where: { $0.key == member.key }) {
                    deepMerge(&object.members[index].value, member.value)
                } else {
                    object.append(member.key, member.value)
                }
            }
            target = .object(object)
        case .array(let incoming):
            guard case .array(var items) = target, items.count == incoming.count else {
                target = source
                return
            }
            target = .null
            for index in items.indices { deepMerge(&items[index], incoming[index]) }
            target = .array(items)
        case .null:
            if case .object = target { return }
            target = source
        default:
            target = source
        }
    }
}
