/// Any named type of a schema (spec 3.4).
public enum NamedType: Sendable {
    case scalar(ScalarType)
    case object(ObjectType)
    case interface(InterfaceType)
    case union(UnionType)
    case enumType(EnumType)
    case inputObject(InputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): type.name
        case .object(let type): type.name
        case .interface(let type): type.name
        case .union(let type): type.name
        case .enumType(let type): type.name
        case .inputObject(let type): type.name
        }
    }

    public var description: String? {
        switch self {
        case .scalar(let type): type.description
        case .object(let type): type.description
        case .interface(let type): type.description
        case .union(let type): type.description
        case .enumType(let type): type.description
        case .inputObject(let type): type.description
        }
    }

    public var directives: [AppliedDirective] {
        switch self {
        case .scalar(let type): type.directives
        case .object(let type): type.directives
        case .interface(let type): type.directives
        case .union(let type): type.directives
        case .enumType(let type): type.directives
        case .inputObject(let type): type.directives
        }
    }

    /// The definition followed by its extensions; empty for built-in types.
    public var nodes: [TypeDefinition] {
        switch self {
        case .scalar(let type): type.nodes
        case .object(let type): type.nodes
        case .interface(let type): type.nodes
        case .union(let type): type.nodes
        case .enumType(let type): type.nodes
        case .inputObject(let type): type.nodes
        }
    }

    /// The `__TypeKind` name: `SCALAR`, `OBJECT`, ...
    public var kind: String {
        switch self {
        case .scalar: "SCALAR"
        case .object: "OBJECT"
        case .interface: "INTERFACE"
        case .union: "UNION"
        case .enumType: "ENUM"
        case .inputObject: "INPUT_OBJECT"
        }
    }

    /// Fields of an object or interface; nil for other kinds.
    public var fields: [OutputField]? {
        switch self {
        case .object(let type): type.fields
        case .interface(let type): type.fields
        default: nil
        }
    }

    public func field(_ name: String) -> OutputField? {
        switch self {
        case .object(let type): type.fieldsByName[name]
        case .interface(let type): type.fieldsByName[name]
        default: nil
        }
    }

    /// Scalars, enums and input objects (spec 3.4.2 IsInputType).
    public var isInputType: Bool {
        switch self {
        case .scalar, .enumType, .inputObject: true
        default: false
        }
    }

    /// Everything but input objects (spec 3.4.2 IsOutputType).
    public var isOutputType: Bool {
        if case .inputObject = self { return false }
        return true
    }

    public var isLeaf: Bool {
        switch self {
        case .scalar, .enumType: true
        default: false
        }
    }

    public var isAbstract: Bool {
        switch self {
        case .interface, .union: true
        default: false
        }
    }

    public var isCompositeType: Bool {
        switch self {
        case .object, .interface, .union: true
        default: false
        }
    }
}
