import JSON

/// A completed value, or a node of the result still waiting for asynchronous resolvers.
///
/// Synchronous completion builds JSON directly; only the spine above a pending resolver
/// becomes `ResultNode`s.
enum Partial {
    case json(JSON)
    case node(ResultNode)
}

/// A place in the result that is not final yet: an object or list with pending
/// descendants, or the slot of one pending field.
///
/// Each node knows its parent and whether its position is non-null, so a null
/// arriving later propagates to the nearest nullable position (spec 6.4.4).
final class ResultNode {
    enum Content {
        case object(keys: [String], values: [Partial])
        case list([Partial])
        /// A field whose resolver is running; nil until it completes.
        case slot(Partial?)
    }

    var content: Content
    /// Set when this position became null through an error.
    var isNulled = false
    /// Whether a null here must propagate to the parent.
    var isNonNull = false
    var parent: ResultNode?

    init(_ content: Content) { self.content = content }

    /// Nulls this position and, through non-null positions, its ancestors.
    func nullify() {
        var node: ResultNode? = self
        while let current = node, !current.isNulled {
            current.isNulled = true
            node = current.isNonNull ? current.parent : nil
        }
    }

    /// Whether this node or an ancestor has been nulled, so work below it is moot.
    var isDiscarded: Bool {
        var node: ResultNode? = self
        while let current = node {
            if current.isNulled { return true }
            node = current.parent
        }
        return false
    }

    var json: JSON {
        if isNulled { return .null }
        switch content {
        case .object(let keys, let values):
            var object = JSONObject()
            object.members.reserveCapacity(keys.count)
            for (key, value) in zip(keys, values) { object.append(key, value.json) }
            return .object(object)
        case .list(let items):
            return .array(items.map(\.json))
        case .slot(let value):
            return value?.json ?? .null
        }
    }
}

extension Partial {
    var json: JSON {
        switch self {
        case .json(let json): json
        case .node(let node): node.json
        }
    }

    var isNull: Bool {
        if case .json(.null) = self { return true }
        return false
    }
}
