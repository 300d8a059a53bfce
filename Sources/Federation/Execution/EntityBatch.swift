import GraphQL
import JSON

/// The entities one Flatten fetch serves: where each sits in the response and
/// the deduplicated representations sent for them.
struct EntityBatch {
    /// Each entity's response path and the index of its representation.
    var entities: [(path: [PathComponent], representation: Int)] = []
    var representations: [JSON] = []
    /// Per representation, the path of the first entity it stands for (for errors).
    var representationPaths: [[PathComponent]] = []
    private var indexOf: [JSON: Int] = [:]

    /// Collects the entities at `path` (`@` = each element) in `data`.
    init(data: JSON, path: [String], fetch: FetchNode) {
        var current: [PathComponent] = []
        collect(data, path[...], fetch, &current)
    }

    /// The part of `batch` made of the entities at `indices`, representations renumbered.
    init(_ batch: EntityBatch, entities indices: [Int]) {
        for index in indices {
            let entity = batch.entities[index]
            let representation = batch.representations[entity.representation]
            let position: Int
            if let existing = indexOf[representation] {
                position = existing
            } else {
                position = representations.count
                indexOf[representation] = position
                representations.append(representation)
                representationPaths.append(entity.path)
            }
            entities.append((path: entity.path, representation: position))
        }
    }

    /// The `@fromContext` variables for the entity at `path`: each read from
    /// the ancestor `ancestorDepth` components down, null when it is missing.
    static func contextValues(at path: [PathComponent], in data: JSON, _ uses: [ContextUse])
        -> JSONObject
    {
        var values = JSONObject()
        for use in uses {
            var ancestor = data
            for component in path.prefix(use.ancestorDepth) {
                switch component {
                case .key(let key): ancestor = ancestor[key] ?? .null
                case .index(let index): ancestor = ancestor[index] ?? .null
                }
            }
            guard let object = ancestor.objectValue, let projected = project(object, use.fields)
            else {
                values.append(use.variable, .null)
                continue
            }
            // One selected field: its value; several: the object of them.
            values.append(
                use.variable, projected.count == 1 ? projected.members[0].value : .object(projected)
            )
        }
        return values
    }

    private mutating func collect(
        _ value: JSON, _ path: ArraySlice<String>, _ fetch: FetchNode,
        _ current: inout [PathComponent]
    ) {
        guard let segment = path.first else {
            guard case .object(let object) = value,
                let representation = Self.representation(of: object, fetch)
            else { return }
            let index: Int
            if let existing = indexOf[representation] {
                index = existing
            } else {
                index = representations.count
                indexOf[representation] = index
                representations.append(representation)
                representationPaths.append(current)
            }
            entities.append((path: current, representation: index))
            return
        }
        if segment == "@" {
            guard case .array(let items) = value else { return }
            for (index, item) in items.enumerated() {
                current.append(.index(index))
                collect(item, path.dropFirst(), fetch, &current)
                current.removeLast()
            }
        } else {
            guard case .object(let object) = value, let inner = object[segment] else { return }
            current.append(.key(segment))
            collect(inner, path.dropFirst(), fetch, &current)
            current.removeLast()
        }
    }

    /// `__typename` + key + required fields, or nil when the entity lacks one of them.
    static func representation(of object: JSONObject, _ fetch: FetchNode) -> JSON? {
        let typename = object["__typename"]?.stringValue.map { fetch.typenameRewrites[$0] ?? $0 }
        let entry: (typeName: String, fields: [RepresentationField])
        if let typename, let match = fetch.requires.first(where: { $0.typeName == typename }) {
            entry = match
        } else if typename == nil, fetch.requires.count == 1 {
            entry = fetch.requires[0]
        } else {
            return nil
        }
        guard let fields = project(object, entry.fields) else { return nil }
        var result = fields
        if result["__typename"] == nil {
            result.members.insert((key: "__typename", value: .string(entry.typeName)), at: 0)
        } else {
            result["__typename"] = .string(entry.typeName)
        }
        return .object(result)
    }

    static func project(_ object: JSONObject, _ fields: [RepresentationField])
        -> JSONObject?
    {
        var result = JSONObject()
        for field in fields {
            guard let value = object[field.sourceKey] else { return nil }
            if let nested = field.selections {
                guard let projected = project(value, nested) else { return nil }
                result.append(field.name, projected)
            } else {
                result.append(field.name, value)
            }
        }
        return result
    }

    private static func project(_ value: JSON, _ fields: [RepresentationField]) -> JSON? {
        switch value {
        case .null: return .null
        case .object(let object): return project(object, fields).map(JSON.object)
        case .array(let items):
            var result: [JSON] = []
            for item in items {
                guard let projected = project(item, fields) else { return nil }
                result.append(projected)
            }
            return .array(result)
        default: return nil
        }
    }
}
