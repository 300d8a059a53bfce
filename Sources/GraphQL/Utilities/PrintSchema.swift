extension Schema {
    /// The schema as SDL, laid out as graphql-js 16's `printSchema`: built-in scalars,
    /// built-in directives and introspection types left out, types in type-map order.
    public var printed: String {
        SchemaPrinter(schema: self).print()
    }
}

/// Prints a schema's definitions (graphql-js `printSchema`).
struct SchemaPrinter {
    let schema: Schema

    func print() -> String {
        var blocks: [String] = []
        if let definition = schemaDefinition() { blocks.append(definition) }
        for directive in schema.directives where !directive.isSpecified {
            blocks.append(printDirective(directive))
        }
        for name in schema.typeNames
        where !name.hasPrefix("__") && BuiltInScalar(rawValue: name) == nil {
            if let type = schema.types[name] { blocks.append(printType(type)) }
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Omitted when there is no description and the roots have their default names.
    private func schemaDefinition() -> String? {
        let roots: [(String, ObjectType?, String)] = [
            ("query", schema.queryType, "Query"), ("mutation", schema.mutationType, "Mutation"),
            ("subscription", schema.subscriptionType, "Subscription"),
        ]
        let usesCommonNames = roots.allSatisfy { $0.1 == nil || $0.1?.name == $0.2 }
        if schema.description == nil, usesCommonNames { return nil }
        let lines = roots.compactMap { root in root.1.map { "  \(root.0): \($0.name)" } }
        return description(schema.description) + "schema {\n" + lines.joined(separator: "\n")
            + "\n}"
    }

    private func printDirective(_ directive: SchemaDirective) -> String {
        description(directive.description) + "directive @" + directive.name
            + printArguments(directive.arguments) + (directive.isRepeatable ? " repeatable" : "")
            + " on " + directive.locations.joined(separator: " | ")
    }

    private func printType(_ type: NamedType) -> String {
        let head = description(type.description)
        switch type {
        case .scalar(let scalar):
            var text = head + "scalar " + scalar.name
            if let url = scalar.specifiedByURL {
                text += " @specifiedBy(url: \(ValuePrinter.quoted(url)))"
            }
            return text
        case .object(let object):
            return head + "type " + object.name + implements(object.interfaces)
                + printFields(object.fields)
        case .interface(let interface):
            return head + "interface " + interface.name + implements(interface.interfaces)
                + printFields(interface.fields)
        case .union(let union):
            let members = union.types.isEmpty ? "" : " = " + union.types.joined(separator: " | ")
            return head + "union " + union.name + members
        case .enumType(let enumType):
            let values = enumType.values.enumerated().map { index, value in
                description(value.description, indentation: "  ", isFirstInBlock: index == 0)
                    + "  " + value.name + deprecated(value.deprecationReason)
            }
            return head + "enum " + enumType.name + block(values)
        case .inputObject(let input):
            let fields = input.fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", isFirstInBlock: index == 0)
                    + "  " + printInputValue(field)
            }
            return head + "input " + input.name + (input.isOneOf ? " @oneOf" : "") + block(fields)
        }
    }

    private func implements(_ interfaces: [String]) -> String {
        interfaces.isEmpty ? "" : " implements " + interfaces.joined(separator: " & ")
    }

    private func printFields(_ fields: [OutputField]) -> String {
        block(
            fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", isFirstInBlock: index == 0)
                    + "  " + field.name + printArguments(field.arguments, indentation: "  ") + ": "
                    + field.type.description + deprecated(field.deprecationReason)
            })
    }

    private func block(_ items: [String]) -> String {
        items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
    }

    /// On one line unless some argument has a description.
    private func printArguments(_ arguments: [InputValue], indentation: String = "") -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ $0.description == nil }) {
            return "(" + arguments.map(printInputValue).joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { index, argument in
            description(
                argument.description, indentation: "  " + indentation, isFirstInBlock: index == 0)
                + "  " + indentation + printInputValue(argument)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    private func printInputValue(_ value: InputValue) -> String {
        var text = value.name + ": " + value.type.description
        if let defaultValue = LiteralPrinter(schema: schema).defaultValue(of: value) {
            text += " = " + defaultValue
        }
        return text + deprecated(value.deprecationReason)
    }

    private func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == SchemaDirective.defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: \(ValuePrinter.quoted(reason)))"
    }

    private func description(
        _ text: String?, indentation: String = "", isFirstInBlock: Bool = true
    ) -> String {
        guard let text else { return "" }
        let literal =
            Self.isPrintableAsBlockString(text)
            ? BlockString.print(text) : ValuePrinter.quoted(text)
        let prefix = !indentation.isEmpty && !isFirstInBlock ? "\n" + indentation : indentation
        return prefix
            + literal.split(separator: "\n", omittingEmptySubsequences: false).joined(
                separator: "\n" + indentation) + "\n"
    }

    /// Whether a block string would read back as the same value (graphql-js rules).
    static func isPrintableAsBlockString(_ value: String) -> Bool {
        if value.isEmpty { return true }
        var isEmptyLine = true
        var hasIndent = false
        var hasCommonIndent = true
        var seenNonEmptyLine = false
        for unit in value.utf16 {
            switch unit {
            case 0x00...0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x0D:
                return false
            case 0x0A:
                if isEmptyLine, !seenNonEmptyLine { return false }
                seenNonEmptyLine = true
                isEmptyLine = true
                hasIndent = false
            case 0x09, 0x20:
                hasIndent = hasIndent || isEmptyLine
            default:
                hasCommonIndent = hasCommonIndent && hasIndent
                isEmptyLine = false
            }
        }
        if isEmptyLine { return false }
        if hasCommonIndent, seenNonEmptyLine { return false }
        return true
    }
}

/// graphql-js's `printSchema`; see `Schema.printed`.
public func printSchema(_ schema: Schema) -> String { schema.printed }
