import GraphQL
import JSON

/// Shapes merged subgraph data to the client's operation (spec 6.4.3
/// CompleteValue): aliases and requested fields only, `__typename` answered
/// from the runtime type, fragments applied by type, nulls propagated to the
/// nearest nullable position.
struct ResponseShaper {
    let graph: FederatedGraph
    let variables: JSONObject
    private(set) var errors: [GraphQLError]
    private var path: [PathComponent] = []

    init(graph: FederatedGraph, variables: JSONObject, errors: [GraphQLError]) {
        self.graph = graph
        self.variables = variables
        self.errors = errors
    }

    mutating func shape(_ data: JSON, operation: NormalizedOperation) -> JSON {
        let root = data.objectValue ?? JSONObject()
        guard let shaped = shapeObject(root, operation.selections, typeName: operation.rootType)
        else { return .null }
        return .object(shaped)
    }

    /// Nil when a non-null field is null: the object itself becomes null.
    private mutating func shapeObject(_ object: JSONObject, _ list: SelectionList, typeName: String)
        -> JSONObject?
    {
        var result = JSONObject()
        if let fields = list.plainFields {
            result.members.reserveCapacity(fields.count)
            for field in fields {
                guard shapeField(field, object, typeName: typeName, into: &result) else {
                    return nil
                }
            }
            return result
        }
        var groups: [(key: String, fields: [NormalizedField])] = []
        collect(list, runtimeType: typeName, into: &groups)
        for group in groups {
            var field = group.fields[0]
            if group.fields.count > 1, field.selections != nil {
                field = field.replacing(
                    selections: SelectionList(group.fields.flatMap { $0.selections?.items ?? [] }))
            }
            guard shapeField(field, object, typeName: typeName, into: &result) else { return nil }
        }
        return result
    }

    /// Spec 6.3.2 CollectFields with `@skip`/`@include` and type conditions.
    private func collect(
        _ list: SelectionList, runtimeType: String,
        into groups: inout [(key: String, fields: [NormalizedField])]
    ) {
        for item in list.items {
            switch item {
            case .field(let field):
                guard field.conditions.allSatisfy({ $0.passes(variables) }) else { continue }
                if let index = groups.firstIndex(where: { $0.key == field.responseKey }) {
                    groups[index].fields.append(field)
                } else {
                    groups.append((key: field.responseKey, fields: [field]))
                }
            case .fragment(let fragment):
                guard fragment.conditions.allSatisfy({ $0.passes(variables) }),
                    graph.isPossible(runtimeType, of: fragment.typeCondition)
                else { continue }
                collect(fragment.selections, runtimeType: runtimeType, into: &groups)
            }
        }
    }

    private mutating func shapeField(
        _ field: NormalizedField, _ object: JSONObject, typeName: String,
        into result: inout JSONObject
    ) -> Bool {
        if field.name == "__typename" {
            result.append(field.responseKey, .string(typeName))
            return true
        }
        path.append(.key(field.responseKey))
        defer { path.removeLast() }
        guard
            let value = complete(object[field.responseKey] ?? .null, type: field.type, field: field)
        else {
            return false
        }
        result.append(field.responseKey, value)
        return true
    }

    /// Nil means "null that propagates": the error is already recorded.
    private mutating func complete(_ value: JSON, type: TypeReference, field: NormalizedField)
        -> JSON?
    {
        if case .nonNull(let inner, _) = type {
            guard let completed = completeNullable(value, type: inner, field: field) else {
                return nil
            }
            if case .null = completed {
                reportNull(field)
                return nil
            }
            return completed
        }
        return completeNullable(value, type: type, field: field) ?? .null
    }

    private mutating func completeNullable(
        _ value: JSON, type: TypeReference, field: NormalizedField
    ) -> JSON? {
        if case .null = value { return .null }
        switch type {
        case .list(let inner, _):
            guard case .array(let items) = value else { return .null }
            var result: [JSON] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                path.append(.index(index))
                let completed = complete(item, type: inner, field: field)
                path.removeLast()
                guard let completed else { return nil }
                result.append(completed)
            }
            return .array(result)
        case .nonNull(let inner, _):
            return complete(value, type: inner, field: field)
        case .named:
            guard let selections = field.selections else { return value }
            guard case .object(let object) = value else { return .null }
            let runtimeType =
                field.isAbstract
                ? (object["__typename"]?.stringValue ?? field.namedType) : field.namedType
            return shapeObject(object, selections, typeName: runtimeType).map(JSON.object)
        }
    }

    /// Records a non-null violation unless a subgraph error already explains it.
    private mutating func reportNull(_ field: NormalizedField) {
        let explained = errors.contains { error in
            error.path.isEmpty || error.path.starts(with: path) || path.starts(with: error.path)
        }
        guard !explained else { return }
        errors.append(
            GraphQLError(
                "Cannot return null for non-nullable field \(field.parentType).\(field.name).",
                path: path))
    }
}
