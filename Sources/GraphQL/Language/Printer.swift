/// Prints a document exactly as graphql-js 16's `print()` does: two-space
/// indentation, one selection per line, a blank line between definitions.
public func print(_ document: Document) -> String {
    join(document.definitions.map(Printer.definition), "\n\n")
}

/// Prints a value literal, e.g. `{a: [1, 2]}`.
public func print(_ value: Value) -> String { Printer.value(value) }

/// Prints a type reference, e.g. `[String!]!`.
public func print(_ type: TypeReference) -> String { Printer.type(type) }

/// Prints a selection set as a `{ }` block.
public func print(_ selectionSet: SelectionSet) -> String { Printer.selectionSet(selectionSet) }

/// Prints one definition.
public func print(_ definition: Definition) -> String { Printer.definition(definition) }

/// Arguments wrap onto their own lines when a field's line would pass this width.
private let maxLineLength = 80

/// Printing rules, one function per node kind.
private enum Printer {
    static func definition(_ definition: Definition) -> String {
        switch definition {
        case .operation(let node): operation(node)
        case .fragment(let node): fragment(node)
        case .schema(let node): schema(node)
        case .schemaExtension(let node):
            join(
                [
                    "extend schema", directives(node.directives),
                    block(node.operationTypes.map(operationType)),
                ], " ")
        case .type(let node): typeDefinition(node, extending: false)
        case .typeExtension(let node): typeDefinition(node, extending: true)
        case .directive(let node): directiveDefinition(node)
        }
    }

    // MARK: Executable definitions

    static func operation(_ node: OperationDefinition) -> String {
        let variables = wrap("(", join(node.variableDefinitions.map(variableDefinition), ", "), ")")
        let prefix = join(
            [
                node.operation.rawValue, (node.name?.value ?? "") + variables,
                directives(node.directives),
            ], " ")
        return (prefix == "query" ? "" : prefix + " ") + selectionSet(node.selectionSet)
    }

    static func variableDefinition(_ node: VariableDefinition) -> String {
        "$" + node.variable.name.value + ": " + type(node.type)
            + wrap(" = ", node.defaultValue.map(value)) + wrap(" ", directives(node.directives))
    }

    static func selectionSet(_ node: SelectionSet) -> String {
        block(node.selections.map(selection))
    }

    static func selection(_ node: Selection) -> String {
        switch node {
        case .field(let field):
            let prefix = wrap("", field.alias?.value, ": ") + field.name.value
            let printedArguments = field.arguments.map(argument)
            var line = prefix + wrap("(", join(printedArguments, ", "), ")")
            if line.utf16.count > maxLineLength {
                line = prefix + wrap("(\n", indent(join(printedArguments, "\n")), "\n)")
            }
            return join(
                [line, directives(field.directives), field.selectionSet.map(selectionSet) ?? ""],
                " ")
        case .fragmentSpread(let spread):
            return "..." + spread.name.value + wrap(" ", directives(spread.directives))
        case .inlineFragment(let fragment):
            return join(
                [
                    "...", wrap("on ", fragment.typeCondition?.value),
                    directives(fragment.directives), selectionSet(fragment.selectionSet),
                ], " ")
        }
    }

    static func fragment(_ node: FragmentDefinition) -> String {
        "fragment \(node.name.value) on \(node.typeCondition.value) "
            + wrap("", directives(node.directives), " ") + selectionSet(node.selectionSet)
    }

    // MARK: Values, types, directives

    static func argument(_ node: Argument) -> String {
        node.name.value + ": " + value(node.value)
    }

    static func value(_ node: Value) -> String {
        switch node.kind {
        case .variable(let variable): "$" + variable.name.value
        case .int(let text), .float(let text), .enumValue(let text): text
        case .string(let string, let isBlock): stringLiteral(string, isBlock: isBlock)
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list(let values): "[" + join(values.map(value), ", ") + "]"
        case .object(let fields):
            "{" + join(fields.map { $0.name.value + ": " + value($0.value) }, ", ") + "}"
        }
    }

    static func stringLiteral(_ string: String, isBlock: Bool) -> String {
        isBlock ? BlockString.print(string) : quoted(string)
    }

    static func type(_ node: TypeReference) -> String {
        switch node {
        case .named(let name): name.value
        case .list(let inner, _): "[" + type(inner) + "]"
        case .nonNull(let inner, _): type(inner) + "!"
        }
    }

    static func directives(_ nodes: [Directive]) -> String {
        join(
            nodes.map {
                "@" + $0.name.value + wrap("(", join($0.arguments.map(argument), ", "), ")")
            },
            " ")
    }

    // MARK: Type system

    static func describe(_ description: StringValue?) -> String {
        wrap("", description.map { stringLiteral($0.value, isBlock: $0.isBlock) }, "\n")
    }

    static func schema(_ node: SchemaDefinition) -> String {
        describe(node.description)
            + join(
                [
                    "schema", directives(node.directives),
                    block(node.operationTypes.map(operationType)),
                ],
                " ")
    }

    static func operationType(_ node: OperationTypeDefinition) -> String {
        node.operation.rawValue + ": " + node.type.value
    }

    static func typeDefinition(_ node: TypeDefinition, extending: Bool) -> String {
        let extend = extending ? "extend " : ""
        switch node {
        case .scalar(let scalar):
            return describe(scalar.description)
                + join([extend + "scalar", scalar.name.value, directives(scalar.directives)], " ")
        case .object(let object):
            return describe(object.description)
                + join(
                    [
                        extend + "type", object.name.value, implements(object.interfaces),
                        directives(object.directives), block(object.fields.map(fieldDefinition)),
                    ], " ")
        case .interface(let interface):
            return describe(interface.description)
                + join(
                    [
                        extend + "interface", interface.name.value,
                        implements(interface.interfaces),
                        directives(interface.directives),
                        block(interface.fields.map(fieldDefinition)),
                    ], " ")
        case .union(let union):
            return describe(union.description)
                + join(
                    [
                        extend + "union", union.name.value, directives(union.directives),
                        wrap("= ", join(union.types.map(\.value), " | ")),
                    ], " ")
        case .enumType(let enumType):
            let values = enumType.values.map {
                describe($0.description) + join([$0.name.value, directives($0.directives)], " ")
            }
            return describe(enumType.description)
                + join(
                    [
                        extend + "enum", enumType.name.value, directives(enumType.directives),
                        block(values),
                    ],
                    " ")
        case .inputObject(let input):
            return describe(input.description)
                + join(
                    [
                        extend + "input", input.name.value, directives(input.directives),
                        block(input.fields.map(inputValueDefinition)),
                    ], " ")
        }
    }

    static func implements(_ interfaces: [Name]) -> String {
        wrap("implements ", join(interfaces.map(\.value), " & "))
    }

    static func fieldDefinition(_ node: FieldDefinition) -> String {
        describe(node.description) + node.name.value + argumentDefinitions(node.arguments) + ": "
            + type(node.type) + wrap(" ", directives(node.directives))
    }

    /// Arguments go on their own lines when any of them spans several (a block description).
    static func argumentDefinitions(_ nodes: [InputValueDefinition]) -> String {
        let printed = nodes.map(inputValueDefinition)
        if printed.contains(where: { $0.utf8.contains(0x0A) }) {
            return wrap("(\n", indent(join(printed, "\n")), "\n)")
        }
        return wrap("(", join(printed, ", "), ")")
    }

    static func inputValueDefinition(_ node: InputValueDefinition) -> String {
        describe(node.description)
            + join(
                [
                    node.name.value + ": " + type(node.type),
                    wrap("= ", node.defaultValue.map(value)), directives(node.directives),
                ], " ")
    }

    static func directiveDefinition(_ node: DirectiveDefinition) -> String {
        describe(node.description) + "directive @" + node.name.value
            + argumentDefinitions(node.arguments) + (node.isRepeatable ? " repeatable" : "")
            + " on " + join(node.locations.map(\.value), " | ")
    }

    // MARK: Layout

    /// Each item on its own line inside an indented `{ }` block; nothing when empty.
    static func block(_ items: [String]) -> String {
        wrap("{\n", indent(join(items, "\n")), "\n}")
    }

    /// Indents every line by two spaces; nothing when empty.
    static func indent(_ text: String) -> String {
        text.isEmpty ? "" : "  " + text.replacing("\n", with: "\n  ")
    }
}

/// The non-empty items joined by `separator`.
private func join(_ items: [String], _ separator: String) -> String {
    var result = ""
    for item in items where !item.isEmpty {
        if !result.isEmpty { result += separator }
        result += item
    }
    return result
}

/// `start + text + end`, or nothing when `text` is nil or empty.
private func wrap(_ start: String, _ text: String?, _ end: String = "") -> String {
    guard let text, !text.isEmpty else { return "" }
    return start + text + end
}

/// A double-quoted string literal, escaping as graphql-js `printString` does.
func quoted(_ string: String) -> String {
    var result = "\""
    result.reserveCapacity(string.utf8.count + 2)
    for scalar in string.unicodeScalars {
        switch scalar.value {
        case 0x22: result += "\\\""
        case 0x5C: result += "\\\\"
        case 0x08: result += "\\b"
        case 0x09: result += "\\t"
        case 0x0A: result += "\\n"
        case 0x0C: result += "\\f"
        case 0x0D: result += "\\r"
        case 0x00...0x1F, 0x7F...0x9F:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}
