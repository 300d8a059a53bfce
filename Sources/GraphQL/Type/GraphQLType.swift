/// A type as fields, arguments and variables use it: a named type, possibly
/// wrapped in lists and non-null (spec 3.4.1 Wrapping Types).
///
/// Named types are referenced by name and looked up in the `Schema`, which
/// keeps the model free of reference cycles.
public indirect enum GraphQLType: Sendable, Hashable, CustomStringConvertible {
    case named(String)
    case list(GraphQLType)
    case nonNull(GraphQLType)

    /// The innermost named type's name.
    public var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// The type with one outer non-null removed.
    public var nullable: GraphQLType {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    /// The SDL spelling, such as `[Int!]!`.
    public var description: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }

    /// The type an AST type reference spells.
    public init(_ reference: TypeReference) {
        switch reference {
        case .named(let name): self = .named(name.value)
        case .list(let inner, _): self = .list(GraphQLType(inner))
        case .nonNull(let inner, _): self = .nonNull(GraphQLType(inner))
        }
    }
}
