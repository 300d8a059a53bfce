/// A scalar type (spec 3.5). Built-in scalars coerce per the spec; custom ones pass JSON through.
public final class ScalarType: Sendable {
    public let name: String
    public let description: String?
    public let specifiedByURL: String?
    public let directives: [AppliedDirective]
    /// The definition followed by its extensions.
    public let nodes: [TypeDefinition]

    public init(
        name: String, description: String? = nil, specifiedByURL: String? = nil,
        directives: [AppliedDirective] = [], nodes: [TypeDefinition] = []
    ) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.directives = directives
        self.nodes = nodes
        self.builtIn = BuiltInScalar(rawValue: name)
    }

    /// The scalar this is, when it is one of the five the spec defines.
    public let builtIn: BuiltInScalar?
}

/// An object type (spec 3.6).
public final class ObjectType: Sendable {
    public let name: String
    public let description: String?
    public let fields: [OutputField]
    public let fieldsByName: [String: OutputField]
    /// Names of the interfaces this type implements, in declaration order.
    public let interfaces: [String]
    public let directives: [AppliedDirective]
    public let nodes: [TypeDefinition]

    public init(
        name: String, description: String? = nil, fields: [OutputField],
        interfaces: [String] = [], directives: [AppliedDirective] = [],
        nodes: [TypeDefinition] = []
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        self.fieldsByName = Dictionary(
            fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.interfaces = interfaces
        self.directives = directives
        self.nodes = nodes
    }
}

/// An interface type (spec 3.7).
public final class InterfaceType: Sendable {
    public let name: String
    public let description: String?
    public let fields: [OutputField]
    public let fieldsByName: [String: OutputField]
    public let interfaces: [String]
    public let directives: [AppliedDirective]
    public let nodes: [TypeDefinition]

    public init(
        name: String, description: String? = nil, fields: [OutputField],
        interfaces: [String] = [], directives: [AppliedDirective] = [],
        nodes: [TypeDefinition] = []
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        self.fieldsByName = Dictionary(
            fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.interfaces = interfaces
        self.directives = directives
        self.nodes = nodes
    }
}

/// A union type (spec 3.8).
public final class UnionType: Sendable {
    public let name: String
    public let description: String?
    /// Names of the member object types, in declaration order.
    public let types: [String]
    public let directives: [AppliedDirective]
    public let nodes: [TypeDefinition]

    public init(
        name: String, description: String? = nil, types: [String],
        directives: [AppliedDirective] = [], nodes: [TypeDefinition] = []
    ) {
        self.name = name
        self.description = description
        self.types = types
        self.directives = directives
        self.nodes = nodes
    }
}

/// An enum type (spec 3.9).
public final class EnumType: Sendable {
    public let name: String
    public let description: String?
    public let values: [EnumValue]
    public let valuesByName: [String: EnumValue]
    public let directives: [AppliedDirective]
    public let nodes: [TypeDefinition]

    public init(
        name: String, description: String? = nil, values: [EnumValue],
        directives: [AppliedDirective] = [], nodes: [TypeDefinition] = []
    ) {
        self.name = name
        self.description = description
        self.values = values
        self.valuesByName = Dictionary(
            values.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.directives = directives
        self.nodes = nodes
    }
}

/// An input object type (spec 3.10).
public final class InputObjectType: Sendable {
    public let name: String
    public let description: String?
    public let fields: [InputValue]
    public let fieldsByName: [String: InputValue]
    /// Set by `@oneOf`: exactly one field must be given, and not null.
    public let isOneOf: Bool
    public let directives: [AppliedDirective]
    public let nodes: [TypeDefinition]

    public init(
        name: String, description: String? = nil, fields: [InputValue], isOneOf: Bool = false,
        directives: [AppliedDirective] = [], nodes: [TypeDefinition] = []
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        self.fieldsByName = Dictionary(
            fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.isOneOf = isOneOf
        self.directives = directives
        self.nodes = nodes
    }
}
