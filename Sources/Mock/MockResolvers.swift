import GraphQL
import JSON

/// Resolvers that answer every field from a JSON document, by the mock conventions:
///
/// - a field reads the member of its name from its parent object (the document itself for
///   root fields); a missing member is null;
/// - `{"__error": "message"}` as a field's value or a list item raises that error there;
/// - `{"__arg": "name"}` is the field's coerced argument `name`, null when absent;
/// - `{"__args": true}` is the object of the field's coerced arguments;
/// - `__typename` in an object names its concrete type for interfaces and unions.
enum MockResolvers {
    /// A resolver for every field of every object type of the schema; `isAsynchronous`
    /// registers them as suspending resolvers, which exercises the executor's concurrent path.
    static func make(for schema: Schema, isAsynchronous: Bool = false) -> ResolverMap {
        var resolvers = ResolverMap()
        for name in schema.nonIntrospectionTypeNames {
            guard case .object(let type) = schema[name] else { continue }
            for field in type.fields {
                if isAsynchronous {
                    resolvers.set(name, field.name) { context in try resolve(context) }
                } else {
                    resolvers.setSync(name, field.name, resolve)
                }
            }
        }
        return resolvers
    }

    /// Reads the field's member from its parent and applies the conventions to it.
    @Sendable static func resolve(_ context: ResolveContext) throws -> (any Sendable)? {
        guard let parent = context.parent as? JSON, case .object(let object) = parent,
            let value = object[context.info.fieldName]
        else { return nil }
        let resolved = apply(value, context.arguments)
        if let error = resolved as? GraphQLError { throw error }
        return resolved
    }

    /// The value with its conventions applied; list items that raise become `GraphQLError`s,
    /// which the executor reports at the item's path.
    static func apply(_ value: JSON, _ arguments: JSONObject) -> any Sendable {
        switch value {
        case .object(let object):
            if let message = object["__error"] {
                return GraphQLError(message.stringValue ?? message.serialized)
            }
            if case .string(let name)? = object["__arg"] {
                return arguments[name] ?? .null
            }
            if object["__args"] == .bool(true) {
                return JSON.object(arguments)
            }
            return value
        case .array(let items):
            guard items.contains(where: isSpecial) else { return value }
            return items.map { apply($0, arguments) }
        default:
            return value
        }
    }

    private static func isSpecial(_ value: JSON) -> Bool {
        switch value {
        case .object(let object):
            object["__error"] != nil || object["__arg"] != nil || object["__args"] != nil
        case .array(let items):
            items.contains(where: isSpecial)
        default:
            false
        }
    }
}
