// The syntax tree of a GraphQL document (spec, October 2021, sections 2 and 3).
//
// Nodes are value types. Every node carries the byte range it was parsed from;
// nodes built in code have `location == nil`. Line and column are computed from
// the `Source` only when an error needs them.

/// A zero-size stored property of every node with a public initializer.
///
/// Being private, it makes the synthesized memberwise initializer private to this file,
/// so it can sit beside the public one, which delegates to it. An initializer that
/// assigns the properties one by one makes the optimizer copy the whole node once and
/// destroy the original (Swift 6.3), which cost a quarter of a parse.
struct MemberwiseInit: Hashable, Sendable {}

/// A half-open range of UTF-8 byte offsets into a `Source`.
public struct SourceRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A name (spec 2.1.9) and where it was written.
public struct Name: Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public var location: SourceRange?
    private var memberwise: MemberwiseInit

    public var description: String { value }
}

extension Name {
    public init(_ value: String, location: SourceRange? = nil) {
        self.init(value: value, location: location, memberwise: MemberwiseInit())
    }
}

/// A parsed document: executable definitions, type system definitions, or both.
public struct Document: Sendable, Hashable {
    public var definitions: [Definition]
    /// The text the document was parsed from, for turning ranges into line and column.
    public var source: Source?
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension Document {
    public init(definitions: [Definition], source: Source? = nil, location: SourceRange? = nil) {
        self.init(
            definitions: definitions, source: source, location: location,
            memberwise: MemberwiseInit())
    }
}

/// One top-level definition (spec 2.2 and 3).
///
/// Extensions reuse the shape of the definition they extend; their
/// `description` is always nil.
public enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinition)
    case type(TypeDefinition)
    case directive(DirectiveDefinition)
    case schemaExtension(SchemaDefinition)
    case typeExtension(TypeDefinition)

    public var location: SourceRange? {
        switch self {
        case .operation(let node): node.location
        case .fragment(let node): node.location
        case .schema(let node), .schemaExtension(let node): node.location
        case .type(let node), .typeExtension(let node): node.location
        case .directive(let node): node.location
        }
    }

    /// Whether this definition may appear in a request (spec 2.2 ExecutableDefinition).
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        default: false
        }
    }
}

// MARK: - Executable definitions

/// `query`, `mutation` or `subscription` (spec 2.3 OperationType).
public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query
    case mutation
    case subscription
}

/// An operation (spec 2.3 OperationDefinition); the query shorthand has no name.
public struct OperationDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension OperationDefinition {
    public init(
        operation: OperationType, name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [], directives: [Directive] = [],
        selectionSet: SelectionSet, location: SourceRange? = nil
    ) {
        self.init(
            operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet, location: location,
            memberwise: MemberwiseInit())
    }
}

/// `$name: Type = default @directives` (spec 2.10 VariableDefinition).
public struct VariableDefinition: Sendable, Hashable {
    public var variable: Variable
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension VariableDefinition {
    public init(
        variable: Variable, type: TypeReference, defaultValue: Value? = nil,
        directives: [Directive] = [], location: SourceRange? = nil
    ) {
        self.init(
            variable: variable, type: type, defaultValue: defaultValue, directives: directives,
            location: location, memberwise: MemberwiseInit())
    }
}

/// `$name` (spec 2.10 Variable). Its range includes the `$`.
public struct Variable: Sendable, Hashable {
    public var name: Name
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension Variable {
    public init(name: Name, location: SourceRange? = nil) {
        self.init(name: name, location: location, memberwise: MemberwiseInit())
    }
}

/// `{ ... }` (spec 2.4 SelectionSet).
public struct SelectionSet: Sendable, Hashable {
    public var selections: [Selection]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension SelectionSet {
    public init(selections: [Selection], location: SourceRange? = nil) {
        self.init(selections: selections, location: location, memberwise: MemberwiseInit())
    }
}

/// A field, fragment spread or inline fragment (spec 2.4 Selection).
public enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var location: SourceRange? {
        switch self {
        case .field(let node): node.location
        case .fragmentSpread(let node): node.location
        case .inlineFragment(let node): node.location
        }
    }

    public var directives: [Directive] {
        switch self {
        case .field(let node): node.directives
        case .fragmentSpread(let node): node.directives
        case .inlineFragment(let node): node.directives
        }
    }
}

/// `alias: name(arguments) @directives { ... }` (spec 2.5 Field).
public struct Field: Sendable, Hashable {
    public var alias: Name?
    public var name: Name
    public var arguments: [Argument]
    public var directives: [Directive]
    public var selectionSet: SelectionSet?
    public var location: SourceRange?
    private var memberwise: MemberwiseInit

    /// The key of this field in the response: the alias if any, else the name.
    public var responseKey: String { alias?.value ?? name.value }
}

extension Field {
    public init(
        alias: Name? = nil, name: Name, arguments: [Argument] = [],
        directives: [Directive] = [], selectionSet: SelectionSet? = nil,
        location: SourceRange? = nil
    ) {
        self.init(
            alias: alias, name: name, arguments: arguments, directives: directives,
            selectionSet: selectionSet, location: location, memberwise: MemberwiseInit())
    }
}

/// `name: value` in a field or directive (spec 2.6 Argument).
public struct Argument: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension Argument {
    public init(name: Name, value: Value, location: SourceRange? = nil) {
        self.init(name: name, value: value, location: location, memberwise: MemberwiseInit())
    }
}

/// `...Name @directives` (spec 2.8 FragmentSpread).
public struct FragmentSpread: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension FragmentSpread {
    public init(name: Name, directives: [Directive] = [], location: SourceRange? = nil) {
        self.init(
            name: name, directives: directives, location: location, memberwise: MemberwiseInit())
    }
}

/// `... on Type @directives { ... }` (spec 2.8.2 InlineFragment).
public struct InlineFragment: Sendable, Hashable {
    /// The named type after `on`, if any.
    public var typeCondition: Name?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension InlineFragment {
    public init(
        typeCondition: Name? = nil, directives: [Directive] = [], selectionSet: SelectionSet,
        location: SourceRange? = nil
    ) {
        self.init(
            typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
            location: location, memberwise: MemberwiseInit())
    }
}

/// `fragment Name on Type @directives { ... }` (spec 2.8 FragmentDefinition).
public struct FragmentDefinition: Sendable, Hashable {
    public var name: Name
    /// The named type after `on`.
    public var typeCondition: Name
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension FragmentDefinition {
    public init(
        name: Name, typeCondition: Name, directives: [Directive] = [],
        selectionSet: SelectionSet, location: SourceRange? = nil
    ) {
        self.init(
            name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet, location: location, memberwise: MemberwiseInit())
    }
}

// MARK: - Values

/// An input value literal (spec 2.9 Value).
public struct Value: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case variable(Variable)
        /// The literal text, e.g. `-12`.
        case int(String)
        /// The literal text, e.g. `1.5e3`.
        case float(String)
        /// The decoded string; `isBlock` records `"""` syntax for printing.
        case string(String, isBlock: Bool)
        case boolean(Bool)
        case null
        case enumValue(String)
        case list([Value])
        case object([ObjectField])
    }

    public var kind: Kind
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension Value {
    public init(_ kind: Kind, location: SourceRange? = nil) {
        self.init(kind: kind, location: location, memberwise: MemberwiseInit())
    }
}

/// `name: value` inside an input object literal (spec 2.9.8 ObjectField).
public struct ObjectField: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension ObjectField {
    public init(name: Name, value: Value, location: SourceRange? = nil) {
        self.init(name: name, value: value, location: location, memberwise: MemberwiseInit())
    }
}

/// A string literal used as a description (spec 3.2 Description).
public struct StringValue: Sendable, Hashable {
    public var value: String
    public var isBlock: Bool
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension StringValue {
    public init(_ value: String, isBlock: Bool = false, location: SourceRange? = nil) {
        self.init(value: value, isBlock: isBlock, location: location, memberwise: MemberwiseInit())
    }
}

// MARK: - Types and directives

/// A type reference: `Name`, `[Type]` or `Type!` (spec 2.11 Type).
///
/// A named type's range is that of its name.
public indirect enum TypeReference: Sendable, Hashable {
    case named(Name)
    case list(TypeReference, location: SourceRange? = nil)
    case nonNull(TypeReference, location: SourceRange? = nil)

    public var location: SourceRange? {
        switch self {
        case .named(let name): name.location
        case .list(_, let location), .nonNull(_, let location): location
        }
    }

    /// The innermost named type.
    public var namedType: Name {
        switch self {
        case .named(let name): name
        case .list(let inner, _), .nonNull(let inner, _): inner.namedType
        }
    }
}

/// `@name(arguments)` (spec 2.12 Directive).
public struct Directive: Sendable, Hashable {
    public var name: Name
    public var arguments: [Argument]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension Directive {
    public init(name: Name, arguments: [Argument] = [], location: SourceRange? = nil) {
        self.init(
            name: name, arguments: arguments, location: location, memberwise: MemberwiseInit())
    }
}

// MARK: - Type system definitions

/// `schema @directives { query: Query ... }` (spec 3.3 SchemaDefinition), or its extension.
public struct SchemaDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension SchemaDefinition {
    public init(
        description: StringValue? = nil, directives: [Directive] = [],
        operationTypes: [OperationTypeDefinition] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, directives: directives, operationTypes: operationTypes,
            location: location, memberwise: MemberwiseInit())
    }
}

/// `query: Query` inside a schema definition (spec 3.3 RootOperationTypeDefinition).
public struct OperationTypeDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var type: Name
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension OperationTypeDefinition {
    public init(operation: OperationType, type: Name, location: SourceRange? = nil) {
        self.init(
            operation: operation, type: type, location: location, memberwise: MemberwiseInit())
    }
}

/// A named type definition (spec 3.4 TypeDefinition), or an extension of one.
public enum TypeDefinition: Sendable, Hashable {
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumType(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)

    public var name: Name {
        switch self {
        case .scalar(let node): node.name
        case .object(let node): node.name
        case .interface(let node): node.name
        case .union(let node): node.name
        case .enumType(let node): node.name
        case .inputObject(let node): node.name
        }
    }

    public var description: StringValue? {
        switch self {
        case .scalar(let node): node.description
        case .object(let node): node.description
        case .interface(let node): node.description
        case .union(let node): node.description
        case .enumType(let node): node.description
        case .inputObject(let node): node.description
        }
    }

    public var directives: [Directive] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumType(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }

    public var location: SourceRange? {
        switch self {
        case .scalar(let node): node.location
        case .object(let node): node.location
        case .interface(let node): node.location
        case .union(let node): node.location
        case .enumType(let node): node.location
        case .inputObject(let node): node.location
        }
    }
}

/// `scalar Name @directives` (spec 3.5 ScalarTypeDefinition).
public struct ScalarTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension ScalarTypeDefinition {
    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, directives: directives, location: location,
            memberwise: MemberwiseInit())
    }
}

/// `type Name implements A & B @directives { fields }` (spec 3.6 ObjectTypeDefinition).
public struct ObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension ObjectTypeDefinition {
    public init(
        description: StringValue? = nil, name: Name, interfaces: [Name] = [],
        directives: [Directive] = [], fields: [FieldDefinition] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, interfaces: interfaces, directives: directives,
            fields: fields, location: location, memberwise: MemberwiseInit())
    }
}

/// `interface Name implements A @directives { fields }` (spec 3.7 InterfaceTypeDefinition).
public struct InterfaceTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension InterfaceTypeDefinition {
    public init(
        description: StringValue? = nil, name: Name, interfaces: [Name] = [],
        directives: [Directive] = [], fields: [FieldDefinition] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, interfaces: interfaces, directives: directives,
            fields: fields, location: location, memberwise: MemberwiseInit())
    }
}

/// `name(arguments): Type @directives` (spec 3.6 FieldDefinition).
public struct FieldDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeReference
    public var directives: [Directive]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension FieldDefinition {
    public init(
        description: StringValue? = nil, name: Name, arguments: [InputValueDefinition] = [],
        type: TypeReference, directives: [Directive] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, arguments: arguments, type: type,
            directives: directives, location: location, memberwise: MemberwiseInit())
    }
}

/// `name: Type = default @directives`, an argument or input field (spec 3.6.1 InputValueDefinition).
public struct InputValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension InputValueDefinition {
    public init(
        description: StringValue? = nil, name: Name, type: TypeReference,
        defaultValue: Value? = nil, directives: [Directive] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives, location: location, memberwise: MemberwiseInit())
    }
}

/// `union Name @directives = A | B` (spec 3.8 UnionTypeDefinition).
public struct UnionTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var types: [Name]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension UnionTypeDefinition {
    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        types: [Name] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, directives: directives, types: types,
            location: location, memberwise: MemberwiseInit())
    }
}

/// `enum Name @directives { VALUES }` (spec 3.9 EnumTypeDefinition).
public struct EnumTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension EnumTypeDefinition {
    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        values: [EnumValueDefinition] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, directives: directives, values: values,
            location: location, memberwise: MemberwiseInit())
    }
}

/// `VALUE @directives` inside an enum (spec 3.9 EnumValueDefinition).
public struct EnumValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension EnumValueDefinition {
    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, directives: directives, location: location,
            memberwise: MemberwiseInit())
    }
}

/// `input Name @directives { fields }` (spec 3.10 InputObjectTypeDefinition).
public struct InputObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension InputObjectTypeDefinition {
    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        fields: [InputValueDefinition] = [], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, directives: directives, fields: fields,
            location: location, memberwise: MemberwiseInit())
    }
}

/// `directive @name(arguments) repeatable on A | B` (spec 3.13 DirectiveDefinition).
public struct DirectiveDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    /// The directive locations after `on`, such as `FIELD_DEFINITION`.
    public var locations: [Name]
    public var location: SourceRange?
    private var memberwise: MemberwiseInit
}

extension DirectiveDefinition {
    public init(
        description: StringValue? = nil, name: Name, arguments: [InputValueDefinition] = [],
        isRepeatable: Bool = false, locations: [Name], location: SourceRange? = nil
    ) {
        self.init(
            description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations, location: location, memberwise: MemberwiseInit())
    }
}
