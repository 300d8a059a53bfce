/// Interface implementation rules of `validateSchema` (spec 3.6 and 3.7, IsValidImplementation).
extension SchemaValidator {
    /// Who names each interface among the types they implement, over the whole type map.
    mutating func collectImplementations() {
        for name in schema.typeNames {
            guard let type = schema[name], type.fields != nil else { continue }
            for interface in declaredInterfaces(of: type) {
                guard case .interface = schema[interface] else { continue }
                implementations[interface, default: []].insert(name)
            }
        }
    }

    /// Every interface named is an interface, other than the type itself, named once,
    /// with its own interfaces also named, and implemented field by field.
    mutating func validateInterfaces(of type: NamedType) {
        let interfaces = declaredInterfaces(of: type)
        var named: Set<String> = []
        for interfaceName in interfaces {
            guard case .interface(let interface) = schema[interfaceName] else {
                report(
                    "Type \(type.name) must only implement Interface types, it cannot implement \(interfaceName).",
                    implementsNodes(of: type, named: interfaceName))
                continue
            }
            if interfaceName == type.name {
                report(
                    "Type \(type.name) cannot implement itself because it would create a circular reference.",
                    implementsNodes(of: type, named: interfaceName))
                continue
            }
            guard named.insert(interfaceName).inserted else {
                report(
                    "Type \(type.name) can only implement \(interfaceName) once.",
                    implementsNodes(of: type, named: interfaceName))
                continue
            }
            validateAncestors(of: type, interfaces, through: interface)
            validateImplementation(of: type, interface)
        }
    }

    /// An interface's own interfaces must be named by its implementations too.
    private mutating func validateAncestors(
        of type: NamedType, _ interfaces: [String], through interface: InterfaceType
    ) {
        let interfaceType = NamedType.interface(interface)
        for transitive in declaredInterfaces(of: interfaceType)
        where !interfaces.contains(transitive) {
            let message =
                transitive == type.name
                ? "Type \(type.name) cannot implement \(interface.name) because it would create a circular reference."
                : "Type \(type.name) must implement \(transitive) because it is implemented by \(interface.name)."
            report(
                message,
                implementsNodes(of: interfaceType, named: transitive)
                    + implementsNodes(of: type, named: interface.name))
        }
    }

    /// Every interface field is present with a covariant type, every interface argument
    /// is present with the same type, and added arguments are optional.
    private mutating func validateImplementation(of type: NamedType, _ interface: InterfaceType) {
        for expected in interface.fields {
            let fieldName = expected.name
            guard let field = type.field(fieldName) else {
                report(
                    "Interface field \(interface.name).\(fieldName) expected but \(type.name) does not provide it.",
                    [expected.node?.location] + type.nodes.map(\.location))
                continue
            }
            if !isSubType(field.type, of: expected.type) {
                report(
                    "Interface field \(interface.name).\(fieldName) expects type \(expected.type) but \(type.name).\(fieldName) is type \(field.type).",
                    [expected.node?.type.location, field.node?.type.location])
            }
            for expectedArgument in expected.arguments {
                let argumentName = expectedArgument.name
                guard let argument = field.argument(argumentName) else {
                    report(
                        "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(type.name).\(fieldName) does not provide it.",
                        [expectedArgument.node?.location, field.node?.location])
                    continue
                }
                if argument.type != expectedArgument.type {
                    report(
                        "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(expectedArgument.type) but \(type.name).\(fieldName)(\(argumentName):) is type \(argument.type).",
                        [expectedArgument.node?.type.location, argument.node?.type.location])
                }
            }
            for argument in field.arguments
            where expected.argument(argument.name) == nil && isRequired(argument) {
                report(
                    "Object field \(type.name).\(fieldName) includes required argument \(argument.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                    [argument.node?.location, expected.node?.location])
            }
        }
    }

    /// Whether a field of type `sub` may stand for one of type `sup` (spec 3.6.1
    /// IsValidImplementationFieldType, graphql-js `isTypeSubTypeOf`).
    func isSubType(_ sub: GraphQLType, of sup: GraphQLType) -> Bool {
        if sub == sup { return true }
        switch (sub, sup) {
        case (.nonNull(let subInner), .nonNull(let supInner)):
            return isSubType(subInner, of: supInner)
        case (_, .nonNull):
            return false
        case (.nonNull(let subInner), _):
            return isSubType(subInner, of: sup)
        case (.list(let subInner), .list(let supInner)):
            return isSubType(subInner, of: supInner)
        case (.list, _), (_, .list):
            return false
        case (.named(let subName), .named(let supName)):
            switch (schema[subName], schema[supName]) {
            case (.object, .union(let union)), (.interface, .union(let union)):
                return declaredMembers(of: union).contains(subName)
            case (.object, .interface), (.interface, .interface):
                return implementations[supName]?.contains(subName) ?? false
            default:
                return false
            }
        }
    }

    /// The interface names as written, repeats included (the model keeps each once).
    func declaredInterfaces(of type: NamedType) -> [String] {
        let modeled: [String]
        switch type {
        case .object(let object): modeled = object.interfaces
        case .interface(let interface): modeled = interface.interfaces
        default: return []
        }
        let written = type.nodes.flatMap(Self.interfaceNames).map(\.value)
        return Self.unique(written) == modeled ? written : modeled
    }

    /// Where a type's definition and extensions name an interface.
    private func implementsNodes(of type: NamedType, named name: String) -> [SourceRange?] {
        type.nodes.flatMap(Self.interfaceNames).filter { $0.value == name }.map(\.location)
    }

    private static func interfaceNames(_ node: TypeDefinition) -> [Name] {
        switch node {
        case .object(let definition): definition.interfaces
        case .interface(let definition): definition.interfaces
        default: []
        }
    }
}
