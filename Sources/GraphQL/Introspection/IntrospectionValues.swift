import JSON

/// A parent value for the introspection types, answering fields without resolvers.
protocol IntrospectionValue: Sendable {
    func field(_ name: String, arguments: JSONObject) -> (any Sendable)?
}

extension Introspection {
    static let schemaField = OutputField(
        name: "__schema", description: "Access the current type schema of this server.",
        type: .nonNull(.named("__Schema")))
    static let typeField = OutputField(
        name: "__type", description: "Request the type information of a single type.",
        arguments: [InputValue(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type"))
    static let typenameField = OutputField(
        name: "__typename", description: "The name of the current Object type at runtime.",
        type: .nonNull(.named("String")))

    /// `__typename` on every object, `__schema` and `__type` on the query root (spec 4.2).
    static func metaField(_ name: String, on type: ObjectType, in schema: Schema) -> OutputField? {
        switch name {
        case "__typename": return typenameField
        case "__schema" where type.name == schema.queryType?.name: return schemaField
        case "__type" where type.name == schema.queryType?.name: return typeField
        default: return nil
        }
    }

    static func resolveMetaField(
        _ name: String, arguments: JSONObject, in schema: Schema
    ) -> (any Sendable)? {
        if name == "__schema" { return SchemaValue(schema: schema) }
        guard let typeName = arguments["name"]?.stringValue, schema.types[typeName] != nil
        else { return nil }
        return TypeValue(schema: schema, type: .named(typeName))
    }
}

private func includeDeprecated(_ arguments: JSONObject) -> Bool {
    arguments["includeDeprecated"]?.boolValue ?? false
}

struct SchemaValue: IntrospectionValue {
    let schema: Schema

    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        switch name {
        case "description": return schema.description
        case "types":
            return schema.typeNames.map { TypeValue(schema: schema, type: .named($0)) }
        case "queryType":
            return schema.queryType.map { TypeValue(schema: schema, type: .named($0.name)) }
        case "mutationType":
            return schema.mutationType.map { TypeValue(schema: schema, type: .named($0.name)) }
        case "subscriptionType":
            return schema.subscriptionType.map { TypeValue(schema: schema, type: .named($0.name)) }
        case "directives":
            return schema.directives.map { DirectiveValue(schema: schema, directive: $0) }
        default: return nil
        }
    }
}

struct TypeValue: IntrospectionValue {
    let schema: Schema
    let type: GraphQLType

    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        let named: NamedType?
        switch type {
        case .named(let typeName): named = schema.types[typeName]
        case .list(let inner), .nonNull(let inner):
            switch name {
            case "kind": return type.isNonNull ? "NON_NULL" : "LIST"
            case "ofType": return TypeValue(schema: schema, type: inner)
            default: return nil
            }
        }
        guard let named else { return nil }
        switch name {
        case "kind": return named.kind
        case "name": return named.name
        case "description": return named.description
        case "specifiedByURL":
            if case .scalar(let scalar) = named { return scalar.specifiedByURL }
            return nil
        case "fields":
            guard let fields = named.fields else { return nil }
            let all = includeDeprecated(arguments)
            return fields.filter { all || !$0.isDeprecated }.map {
                FieldValue(schema: schema, field: $0)
            }
        case "interfaces":
            let interfaces: [String]
            switch named {
            case .object(let object): interfaces = object.interfaces
            case .interface(let interface): interfaces = interface.interfaces
            default: return nil
            }
            return interfaces.map { TypeValue(schema: schema, type: .named($0)) }
        case "possibleTypes":
            guard named.isAbstract else { return nil }
            return schema.possibleTypes(of: named.name).map {
                TypeValue(schema: schema, type: .named($0.name))
            }
        case "enumValues":
            guard case .enumType(let enumType) = named else { return nil }
            let all = includeDeprecated(arguments)
            return enumType.values.filter { all || !$0.isDeprecated }.map(EnumValueValue.init)
        case "inputFields":
            guard case .inputObject(let input) = named else { return nil }
            let all = includeDeprecated(arguments)
            return input.fields.filter { all || !$0.isDeprecated }.map {
                InputValueValue(schema: schema, value: $0)
            }
        case "isOneOf":
            if case .inputObject(let input) = named { return input.isOneOf }
            return nil
        default:
            return nil
        }
    }
}

struct FieldValue: IntrospectionValue {
    let schema: Schema
    let field: OutputField

    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        switch name {
        case "name": return field.name
        case "description": return field.description
        case "args":
            let all = includeDeprecated(arguments)
            return field.arguments.filter { all || !$0.isDeprecated }.map {
                InputValueValue(schema: schema, value: $0)
            }
        case "type": return TypeValue(schema: schema, type: field.type)
        case "isDeprecated": return field.isDeprecated
        case "deprecationReason": return field.deprecationReason
        default: return nil
        }
    }
}

struct InputValueValue: IntrospectionValue {
    let schema: Schema
    let value: InputValue

    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        switch name {
        case "name": return value.name
        case "description": return value.description
        case "type": return TypeValue(schema: schema, type: value.type)
        case "defaultValue": return LiteralPrinter(schema: schema).defaultValue(of: value)
        case "isDeprecated": return value.isDeprecated
        case "deprecationReason": return value.deprecationReason
        default: return nil
        }
    }
}

struct EnumValueValue: IntrospectionValue {
    let value: EnumValue

    init(_ value: EnumValue) { self.value = value }

    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        switch name {
        case "name": return value.name
        case "description": return value.description
        case "isDeprecated": return value.isDeprecated
        case "deprecationReason": return value.deprecationReason
        default: return nil
        }
    }
}

struct DirectiveValue: IntrospectionValue {
    let schema: Schema
    let directive: SchemaDirective

    func field(_ name: String, arguments: JSONObject) -> (any Sendable)? {
        switch name {
        case "name": return directive.name
        case "description": return directive.description
        case "isRepeatable": return directive.isRepeatable
        case "locations": return directive.locations
        case "args":
            let all = includeDeprecated(arguments)
            return directive.arguments.filter { all || !$0.isDeprecated }.map {
                InputValueValue(schema: schema, value: $0)
            }
        default: return nil
        }
    }
}
