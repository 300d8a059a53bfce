import Synchronization

/// What validation derives from a schema alone, worked out once per schema and shared
/// by every validation against it.
final class SchemaFacts: Sendable {
    /// Built-in scalars missing from the type map (see `TypeInfo.unreferencedScalars`).
    let unreferencedScalars: [String]
    /// Names in the type map (`Schema.typeNames`).
    let typeNames: Set<String>
    /// The schema's directives by name.
    let directives: [String: DirectiveFacts]

    private init(_ schema: Schema) {
        let typeNames = Set(schema.typeNames)
        self.typeNames = typeNames
        unreferencedScalars = ["Int", "Float", "ID"].filter { !typeNames.contains($0) }
        directives = DirectiveFacts.byName(schema.directives, definitions: [])
    }

    /// The facts of `schema`, from the cache when it has them.
    static func of(_ schema: Schema) -> SchemaFacts {
        let key = ObjectIdentifier(schema)
        if let cached = cache.withLock({ $0[key] }), cached.schema === schema {
            return cached.facts
        }
        let facts = SchemaFacts(schema)
        cache.withLock { entries in
            if entries.count >= maxCachedSchemas {
                entries = entries.filter { $0.value.schema != nil }
                if entries.count >= maxCachedSchemas { entries.removeAll() }
            }
            entries[key] = CacheEntry(schema: schema, facts: facts)
        }
        return facts
    }

    private static let maxCachedSchemas = 32
    private static let cache = Mutex<[ObjectIdentifier: CacheEntry]>([:])

    /// A cached value; the weak reference tells a live schema from a new one that
    /// reuses a freed schema's address.
    private final class CacheEntry: Sendable {
        weak let schema: Schema?
        let facts: SchemaFacts

        init(schema: Schema, facts: SchemaFacts) {
            self.schema = schema
            self.facts = facts
        }
    }
}

/// What the directive rules need to know about one directive.
struct DirectiveFacts: Sendable {
    /// Location names such as `FIELD`.
    var locations: [String]
    var argumentNames: [String]
    /// Arguments that are non-null without a default: name and printed type.
    var requiredArguments: [(name: String, type: String)]
    var isRepeatable: Bool

    /// The directives of a schema, then those a document defines, a later one of a name
    /// replacing an earlier one.
    static func byName(_ directives: [SchemaDirective], definitions: [DirectiveDefinition])
        -> [String: DirectiveFacts]
    {
        var facts: [String: DirectiveFacts] = [:]
        for directive in directives {
            facts[directive.name] = DirectiveFacts(
                locations: directive.locations, argumentNames: directive.arguments.map(\.name),
                requiredArguments: directive.arguments
                    .filter { $0.type.isNonNull && $0.defaultValue == nil }
                    .map { ($0.name, $0.type.description) },
                isRepeatable: directive.isRepeatable)
        }
        for definition in definitions {
            facts[definition.name.value] = DirectiveFacts(
                locations: definition.locations.map(\.value),
                argumentNames: definition.arguments.map(\.name.value),
                requiredArguments: definition.arguments
                    .filter { if case .nonNull = $0.type { $0.defaultValue == nil } else { false } }
                    .map { ($0.name.value, print($0.type)) },
                isRepeatable: definition.isRepeatable)
        }
        return facts
    }
}
