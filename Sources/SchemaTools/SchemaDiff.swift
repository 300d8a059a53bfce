import GraphQL

/// Every difference between two schemas that a client could notice, classified.
///
/// The kinds graphql-js's `findBreakingChanges` and `findDangerousChanges` report come in
/// its order and with its messages; the kinds it lacks (descriptions, deprecations,
/// additions, input field defaults, `@oneOf`, root types) follow each element's own checks.
public enum SchemaDiff {
    public static func changes(from old: Schema, to new: Schema) -> [SchemaChange] {
        var differ = Differ(old: old, new: new)
        differ.compareTypes()
        differ.compareDirectives()
        differ.compareRoots()
        return differ.changes
    }
}

private struct Differ {
    let old: Schema
    let new: Schema
    var changes: [SchemaChange] = []

    mutating func add(
        _ kind: SchemaChange.Kind, _ severity: SchemaChange.Severity, _ message: String,
        at coordinate: String
    ) {
        changes.append(SchemaChange(kind, severity, message, at: coordinate))
    }

    // MARK: Types

    mutating func compareTypes() {
        let oldNames = old.typeNames.filter { !$0.hasPrefix("__") }
        let newNames = new.typeNames.filter { !$0.hasPrefix("__") }
        let newSet = Set(newNames)
        let oldSet = Set(oldNames)

        for name in oldNames where !newSet.contains(name) {
            let message =
                BuiltInScalar(rawValue: name) != nil
                ? "Standard scalar \(name) was removed because it is not referenced anymore."
                : "\(name) was removed."
            add(.typeRemoved, .breaking, message, at: name)
        }
        for name in oldNames where newSet.contains(name) {
            guard let oldType = old.types[name], let newType = new.types[name] else { continue }
            compareType(oldType, newType)
        }
        for name in newNames where !oldSet.contains(name) {
            add(.typeAdded, .safe, "\(name) was added.", at: name)
        }
    }

    mutating func compareType(_ oldType: NamedType, _ newType: NamedType) {
        switch (oldType, newType) {
        case (.enumType(let a), .enumType(let b)):
            compareEnums(a, b)
        case (.union(let a), .union(let b)):
            compareUnions(a, b)
        case (.inputObject(let a), .inputObject(let b)):
            compareInputObjects(a, b)
        case (.object(let a), .object(let b)):
            compareFields(a.name, a.fields, b.fieldsByName, newOrder: b.fields)
            compareInterfaces(a.name, a.interfaces, b.interfaces)
        case (.interface(let a), .interface(let b)):
            compareFields(a.name, a.fields, b.fieldsByName, newOrder: b.fields)
            compareInterfaces(a.name, a.interfaces, b.interfaces)
        case (.scalar, .scalar):
            break
        default:
            add(
                .typeChangedKind, .breaking,
                "\(oldType.name) changed from \(kindName(oldType)) to \(kindName(newType)).",
                at: oldType.name)
            return
        }
        compareDescription(oldType.description, newType.description, at: oldType.name)
    }

    mutating func compareInputObjects(_ a: InputObjectType, _ b: InputObjectType) {
        for field in b.fields where a.fieldsByName[field.name] == nil {
            let coordinate = "\(a.name).\(field.name)"
            if field.type.isNonNull && field.defaultValue == nil {
                add(
                    .requiredInputFieldAdded, .breaking,
                    "A required field \(field.name) on input type \(a.name) was added.",
                    at: coordinate)
            } else {
                add(
                    .optionalInputFieldAdded, .dangerous,
                    "An optional field \(field.name) on input type \(a.name) was added.",
                    at: coordinate)
            }
        }
        for field in a.fields where b.fieldsByName[field.name] == nil {
            add(
                .fieldRemoved, .breaking, "\(a.name).\(field.name) was removed.",
                at: "\(a.name).\(field.name)")
        }
        for oldField in a.fields {
            guard let newField = b.fieldsByName[oldField.name] else { continue }
            let coordinate = "\(a.name).\(oldField.name)"
            if !TypeChange.isSafeForInput(from: oldField.type, to: newField.type) {
                add(
                    .fieldChangedKind, .breaking,
                    "\(coordinate) changed type from \(oldField.type) to \(newField.type).",
                    at: coordinate)
            } else {
                if oldField.type != newField.type {
                    add(
                        .typeChangedSafely, .safe,
                        "\(coordinate) changed type from \(oldField.type) to \(newField.type).",
                        at: coordinate)
                }
                compareDefault(
                    oldField, newField, kind: .inputFieldDefaultValueChange,
                    label: "\(coordinate)", at: coordinate)
            }
            compareInputValueMetadata(oldField, newField, at: coordinate)
        }
        if !a.isOneOf && b.isOneOf {
            add(.oneOfAdded, .breaking, "\(a.name) became a @oneOf input type.", at: a.name)
        } else if a.isOneOf && !b.isOneOf {
            add(
                .oneOfRemoved, .dangerous, "\(a.name) is no longer a @oneOf input type.", at: a.name
            )
        }
    }

    mutating func compareUnions(_ a: UnionType, _ b: UnionType) {
        let oldMembers = Set(a.types)
        let newMembers = Set(b.types)
        for member in b.types where !oldMembers.contains(member) {
            add(
                .typeAddedToUnion, .dangerous, "\(member) was added to union type \(a.name).",
                at: a.name)
        }
        for member in a.types where !newMembers.contains(member) {
            add(
                .typeRemovedFromUnion, .breaking,
                "\(member) was removed from union type \(a.name).", at: a.name)
        }
    }

    mutating func compareEnums(_ a: EnumType, _ b: EnumType) {
        for value in b.values where a.valuesByName[value.name] == nil {
            add(
                .valueAddedToEnum, .dangerous, "\(value.name) was added to enum type \(a.name).",
                at: "\(a.name).\(value.name)")
        }
        for value in a.values where b.valuesByName[value.name] == nil {
            add(
                .valueRemovedFromEnum, .breaking,
                "\(value.name) was removed from enum type \(a.name).",
                at: "\(a.name).\(value.name)")
        }
        for value in a.values {
            guard let newValue = b.valuesByName[value.name] else { continue }
            let coordinate = "\(a.name).\(value.name)"
            compareDeprecation(value.deprecationReason, newValue.deprecationReason, at: coordinate)
            compareDescription(value.description, newValue.description, at: coordinate)
        }
    }

    mutating func compareInterfaces(_ typeName: String, _ a: [String], _ b: [String]) {
        for interface in b where !a.contains(interface) {
            add(
                .implementedInterfaceAdded, .dangerous,
                "\(interface) added to interfaces implemented by \(typeName).", at: typeName)
        }
        for interface in a where !b.contains(interface) {
            add(
                .implementedInterfaceRemoved, .breaking,
                "\(typeName) no longer implements interface \(interface).", at: typeName)
        }
    }

    mutating func compareFields(
        _ typeName: String, _ oldFields: [OutputField], _ newFields: [String: OutputField],
        newOrder: [OutputField]
    ) {
        for field in oldFields where newFields[field.name] == nil {
            add(
                .fieldRemoved, .breaking, "\(typeName).\(field.name) was removed.",
                at: "\(typeName).\(field.name)")
        }
        for oldField in oldFields {
            guard let newField = newFields[oldField.name] else { continue }
            let coordinate = "\(typeName).\(oldField.name)"
            compareArguments(typeName, oldField, newField)
            if !TypeChange.isSafeForOutput(from: oldField.type, to: newField.type) {
                add(
                    .fieldChangedKind, .breaking,
                    "\(coordinate) changed type from \(oldField.type) to \(newField.type).",
                    at: coordinate)
            } else if oldField.type != newField.type {
                add(
                    .typeChangedSafely, .safe,
                    "\(coordinate) changed type from \(oldField.type) to \(newField.type).",
                    at: coordinate)
            }
            compareDeprecation(
                oldField.deprecationReason, newField.deprecationReason, at: coordinate)
            compareDescription(oldField.description, newField.description, at: coordinate)
        }
        let oldNames = Set(oldFields.map(\.name))
        for field in newOrder where !oldNames.contains(field.name) {
            add(
                .fieldAdded, .safe, "\(typeName).\(field.name) was added.",
                at: "\(typeName).\(field.name)")
        }
    }

    mutating func compareArguments(
        _ typeName: String, _ oldField: OutputField, _ newField: OutputField
    ) {
        let owner = "\(typeName).\(oldField.name)"
        for argument in oldField.arguments where newField.argument(argument.name) == nil {
            add(
                .argRemoved, .breaking, "\(owner) arg \(argument.name) was removed.",
                at: "\(owner)(\(argument.name):)")
        }
        for oldArgument in oldField.arguments {
            guard let newArgument = newField.argument(oldArgument.name) else { continue }
            let coordinate = "\(owner)(\(oldArgument.name):)"
            if !TypeChange.isSafeForInput(from: oldArgument.type, to: newArgument.type) {
                add(
                    .argChangedKind, .breaking,
                    "\(owner) arg \(oldArgument.name) has changed type from \(oldArgument.type) to \(newArgument.type).",
                    at: coordinate)
            } else {
                if oldArgument.type != newArgument.type {
                    add(
                        .typeChangedSafely, .safe,
                        "\(owner) arg \(oldArgument.name) has changed type from \(oldArgument.type) to \(newArgument.type).",
                        at: coordinate)
                }
                compareDefault(
                    oldArgument, newArgument, kind: .argDefaultValueChange,
                    label: "\(owner) arg \(oldArgument.name)", at: coordinate)
            }
            compareInputValueMetadata(oldArgument, newArgument, at: coordinate)
        }
        for argument in newField.arguments where oldField.argument(argument.name) == nil {
            let coordinate = "\(owner)(\(argument.name):)"
            if argument.type.isNonNull && argument.defaultValue == nil {
                add(
                    .requiredArgAdded, .breaking,
                    "A required arg \(argument.name) on \(owner) was added.", at: coordinate)
            } else {
                add(
                    .optionalArgAdded, .dangerous,
                    "An optional arg \(argument.name) on \(owner) was added.", at: coordinate)
            }
        }
    }

    /// graphql-js compares defaults as `print(sortValueNode(astFromValue(default, type)))`.
    mutating func compareDefault(
        _ oldValue: InputValue, _ newValue: InputValue, kind: SchemaChange.Kind, label: String,
        at coordinate: String
    ) {
        guard let oldDefault = oldValue.defaultValue else {
            if let newDefault = newValue.defaultValue {
                let text = DefaultValueText(schema: new).text(newDefault, as: newValue.type)
                add(
                    .defaultValueAdded, .dangerous, "\(label) gained the default value \(text).",
                    at: coordinate)
            }
            return
        }
        guard let newDefault = newValue.defaultValue else {
            add(kind, .dangerous, "\(label) defaultValue was removed.", at: coordinate)
            return
        }
        let oldText = DefaultValueText(schema: old).text(oldDefault, as: oldValue.type)
        let newText = DefaultValueText(schema: new).text(newDefault, as: newValue.type)
        if oldText != newText {
            add(
                kind, .dangerous,
                "\(label) has changed defaultValue from \(oldText) to \(newText).",
                at: coordinate)
        }
    }

    mutating func compareInputValueMetadata(
        _ oldValue: InputValue, _ newValue: InputValue, at coordinate: String
    ) {
        compareDeprecation(oldValue.deprecationReason, newValue.deprecationReason, at: coordinate)
        compareDescription(oldValue.description, newValue.description, at: coordinate)
    }

    mutating func compareDeprecation(_ a: String?, _ b: String?, at coordinate: String) {
        switch (a, b) {
        case (nil, .some):
            add(.deprecationAdded, .safe, "\(coordinate) was deprecated.", at: coordinate)
        case (.some, nil):
            add(
                .deprecationRemoved, .dangerous, "\(coordinate) is no longer deprecated.",
                at: coordinate)
        case (.some(let x), .some(let y)) where x != y:
            add(
                .deprecationReasonChanged, .safe,
                "\(coordinate) has a new deprecation reason.", at: coordinate)
        default:
            break
        }
    }

    mutating func compareDescription(_ a: String?, _ b: String?, at coordinate: String) {
        if a != b {
            add(
                .descriptionChanged, .safe, "The description of \(coordinate) changed.",
                at: coordinate)
        }
    }

    // MARK: Directives

    mutating func compareDirectives() {
        for directive in old.directives where new.directivesByName[directive.name] == nil {
            add(
                .directiveRemoved, .breaking, "\(directive.name) was removed.",
                at: "@\(directive.name)")
        }
        for oldDirective in old.directives {
            guard let newDirective = new.directivesByName[oldDirective.name] else { continue }
            let coordinate = "@\(oldDirective.name)"
            for argument in newDirective.arguments where oldDirective.argument(argument.name) == nil
            {
                if argument.type.isNonNull && argument.defaultValue == nil {
                    add(
                        .requiredDirectiveArgAdded, .breaking,
                        "A required arg \(argument.name) on directive \(oldDirective.name) was added.",
                        at: "\(coordinate)(\(argument.name):)")
                } else {
                    add(
                        .optionalDirectiveArgAdded, .safe,
                        "An optional arg \(argument.name) on directive \(oldDirective.name) was added.",
                        at: "\(coordinate)(\(argument.name):)")
                }
            }
            for argument in oldDirective.arguments where newDirective.argument(argument.name) == nil
            {
                add(
                    .directiveArgRemoved, .breaking,
                    "\(argument.name) was removed from \(oldDirective.name).",
                    at: "\(coordinate)(\(argument.name):)")
            }
            if oldDirective.isRepeatable && !newDirective.isRepeatable {
                add(
                    .directiveRepeatableRemoved, .breaking,
                    "Repeatable flag was removed from \(oldDirective.name).", at: coordinate)
            } else if !oldDirective.isRepeatable && newDirective.isRepeatable {
                add(
                    .directiveRepeatableAdded, .safe,
                    "\(oldDirective.name) became repeatable.", at: coordinate)
            }
            for location in oldDirective.locations where !newDirective.locations.contains(location)
            {
                add(
                    .directiveLocationRemoved, .breaking,
                    "\(location) was removed from \(oldDirective.name).", at: coordinate)
            }
            for location in newDirective.locations where !oldDirective.locations.contains(location)
            {
                add(
                    .directiveLocationAdded, .safe,
                    "\(location) was added to \(oldDirective.name).", at: coordinate)
            }
        }
        for directive in new.directives where old.directivesByName[directive.name] == nil {
            add(
                .directiveAdded, .safe, "\(directive.name) was added.", at: "@\(directive.name)")
        }
    }

    // MARK: Roots

    mutating func compareRoots() {
        let pairs: [(String, ObjectType?, ObjectType?)] = [
            ("query", old.queryType, new.queryType),
            ("mutation", old.mutationType, new.mutationType),
            ("subscription", old.subscriptionType, new.subscriptionType),
        ]
        for (operation, a, b) in pairs where a?.name != b?.name {
            guard let a else {
                add(
                    .typeAdded, .safe, "The \(operation) root type \(b?.name ?? "") was added.",
                    at: b?.name ?? operation)
                continue
            }
            add(
                .rootTypeChanged, .breaking,
                "The \(operation) root type changed from \(a.name) to \(b?.name ?? "none").",
                at: a.name)
        }
    }

    private func kindName(_ type: NamedType) -> String {
        switch type {
        case .scalar: "a Scalar type"
        case .object: "an Object type"
        case .interface: "an Interface type"
        case .union: "a Union type"
        case .enumType: "an Enum type"
        case .inputObject: "an Input type"
        }
    }
}

/// Which type changes keep every operation valid and every result shape readable.
enum TypeChange {
    /// Output positions may become non-null; nothing else may change.
    static func isSafeForOutput(from a: GraphQLType, to b: GraphQLType) -> Bool {
        switch a {
        case .list(let inner):
            if case .list(let newInner) = b, isSafeForOutput(from: inner, to: newInner) {
                return true
            }
            if case .nonNull(let newInner) = b { return isSafeForOutput(from: a, to: newInner) }
            return false
        case .nonNull(let inner):
            guard case .nonNull(let newInner) = b else { return false }
            return isSafeForOutput(from: inner, to: newInner)
        case .named(let name):
            if case .named(let newName) = b { return name == newName }
            if case .nonNull(let newInner) = b { return isSafeForOutput(from: a, to: newInner) }
            return false
        }
    }

    /// Input positions may become nullable; nothing else may change.
    static func isSafeForInput(from a: GraphQLType, to b: GraphQLType) -> Bool {
        switch a {
        case .list(let inner):
            guard case .list(let newInner) = b else { return false }
            return isSafeForInput(from: inner, to: newInner)
        case .nonNull(let inner):
            if case .nonNull(let newInner) = b { return isSafeForInput(from: inner, to: newInner) }
            return isSafeForInput(from: inner, to: b)
        case .named(let name):
            if case .named(let newName) = b { return name == newName }
            return false
        }
    }
}
