import GraphQL

/// The type system rules a schema built from SDL can still break, checked before serving
/// (a part of graphql-js `validateSchema`, with its messages): root query type, fields on
/// every object and interface, and every interface field implemented.
///
/// Known gap: directive definitions, argument types of implementations and input object
/// cycles are not checked here.
enum SchemaCheck {
    static func firstError(in schema: Schema) -> String? {
        if schema.queryType == nil { return "Query root type must be provided." }
        for name in schema.nonIntrospectionTypeNames {
            let fields: [OutputField]
            let interfaces: [String]
            switch schema[name] {
            case .object(let type): (fields, interfaces) = (type.fields, type.interfaces)
            case .interface(let type): (fields, interfaces) = (type.fields, type.interfaces)
            default: continue
            }
            if fields.isEmpty { return "Type \(name) must define one or more fields." }
            for interfaceName in interfaces {
                guard case .interface(let interface) = schema[interfaceName] else { continue }
                if let error = implementationError(name, fields, interface, schema) {
                    return error
                }
            }
        }
        return nil
    }

    private static func implementationError(
        _ name: String, _ fields: [OutputField], _ interface: InterfaceType, _ schema: Schema
    ) -> String? {
        for expected in interface.fields {
            let field = "\(interface.name).\(expected.name)"
            guard let given = fields.first(where: { $0.name == expected.name }) else {
                return "Interface field \(field) expected but \(name) does not provide it."
            }
            if !isSubType(given.type, of: expected.type, schema) {
                return
                    "Interface field \(field) expects type \(expected.type) but \(name).\(given.name) is type \(given.type)."
            }
            for argument in expected.arguments
            where !given.arguments.contains(where: { $0.name == argument.name }) {
                return
                    "Interface field argument \(field)(\(argument.name):) expected but \(name).\(given.name) does not provide it."
            }
        }
        return nil
    }

    /// Whether a field of type `sub` may implement one of type `sup` (covariant output types).
    private static func isSubType(_ sub: GraphQLType, of sup: GraphQLType, _ schema: Schema)
        -> Bool
    {
        switch (sub, sup) {
        case (.nonNull(let a), .nonNull(let b)): isSubType(a, of: b, schema)
        case (.nonNull(let a), _): isSubType(a, of: sup, schema)
        case (_, .nonNull): false
        case (.list(let a), .list(let b)): isSubType(a, of: b, schema)
        case (.list, _), (_, .list): false
        case (.named(let a), .named(let b)): a == b || schema.isSubType(a, of: b)
        }
    }
}
