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
    /// The fields of each object and interface type, by type name then field name, each
    /// with the named type it returns already looked up.
    let fieldsByType: [String: [String: ResolvedField]]

    private init(_ schema: Schema) {
        let typeNames = Set(schema.typeNames)
        self.typeNames = typeNames
        unreferencedScalars = ["Int", "Float", "ID"].filter { !typeNames.contains($0) }
        directives = DirectiveFacts.byName(schema.directives, definitions: [])

        let unreferenced = unreferencedScalars
        func resolve(_ fields: [OutputField]) -> [String: ResolvedField] {
            var resolved: [String: ResolvedField] = [:]
            for field in fields where resolved[field.name] == nil {
                let name = field.type.namedType
                resolved[field.name] = ResolvedField(
                    definition: field, namedType: unreferenced.contains(name) ? nil : schema[name])
            }
            return resolved
        }
        var fieldsByType: [String: [String: ResolvedField]] = [:]
        for (name, type) in schema.types {
            switch type {
            case .object(let object): fieldsByType[name] = resolve(object.fields)
            case .interface(let interface): fieldsByType[name] = resolve(interface.fields)
            default: break
            }
        }
        self.fieldsByType = fieldsByType
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

/// A field definition and the schema type its type names (nil if the type map lacks it).
struct ResolvedField: Sendable {
    let definition: OutputField
    let namedType: NamedType?
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
