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
            if let index = object.firstIndex(ofKey: key) {
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

    /// Runs `body` on the value at each of `paths` (with the path's position), in
    /// order. Paths that share a prefix and sit next to each other, as a
    /// depth-first collection lists them, walk that prefix once.
    static func modify(
        _ value: inout JSON, atEach paths: [[PathComponent]], _ body: (Int, inout JSON) -> Void
    ) {
        // The walk keeps `body` in an object: passed down the recursion as a closure,
        // the optimizer specializes it and retains each captured value at every level.
        withoutActuallyEscaping(body) { body in
            PathWalk(paths: paths, body: body).walk(&value, paths.indices, depth: 0)
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
                if let index = object.firstIndex(ofKey: member.key) {
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

/// One `JSONPaths.modify(_:atEach:_:)` walk.
private final class PathWalk {
    let paths: [[PathComponent]]
    let body: (Int, inout JSON) -> Void

    init(paths: [[PathComponent]], body: @escaping (Int, inout JSON) -> Void) {
        self.paths = paths
        self.body = body
    }

    func walk(_ value: inout JSON, _ range: Range<Int>, depth: Int) {
        var start = range.lowerBound
        while start < range.upperBound {
            guard depth < paths[start].count else {
                body(start, &value)
                start += 1
                continue
            }
            let component = paths[start][depth]
            var end = start + 1
            while end < range.upperBound, depth < paths[end].count,
                paths[end][depth] == component
            {
                end += 1
            }
            switch component {
            case .key(let key):
                if case .object(var object) = value {
                    value = .null
                    if let index = object.firstIndex(ofKey: key) {
                        walk(&object.members[index].value, start..<end, depth: depth + 1)
                    }
                    value = .object(object)
                }
            case .index(let index):
                if case .array(var items) = value {
                    value = .null
                    if items.indices.contains(index) {
                        walk(&items[index], start..<end, depth: depth + 1)
                    }
                    value = .array(items)
                }
            }
            start = end
        }
    }
}
