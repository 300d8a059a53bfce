import JSON

@testable import GraphQL

/// Seeded random documents for the conformance suite: valid requests over the fixture
/// schemas, each also mutated into an invalid one (a renamed field, a dropped required
/// argument, a wrong literal, an unused variable, a fragment cycle, ...).
///
/// The same seed gives the same cases, so a difference found once is found again.
enum ConformanceGenerator {
    static let schemaNames = ["conformance", "harness"]

    static func addCases(to suite: inout ConformanceSuite, seed: UInt64, count: Int) {
        var random = SplitMix64(seed: seed)
        let schemas = schemaNames.compactMap { name in
            suite.schemas[name].flatMap { try? Schema(sdl: $0) }.map { (name, $0) }
        }
        guard !schemas.isEmpty else { return }
        for index in 0..<count {
            let (name, schema) = schemas[index % schemas.count]
            var generator = DocumentGenerator(schema: schema, random: random)
            generator.sharesAliases = index % 3 == 2
            var document = generator.makeDocument()
            let valid = document.printed
            suite.cases.append(
                ConformanceCase(
                    id: "generated/\(name)#\(index) valid", schema: name, document: valid,
                    variables: .object(document.variables)))
            let mutation = generator.mutate(&document)
            suite.cases.append(
                ConformanceCase(
                    id: "generated/\(name)#\(index) \(mutation)", schema: name,
                    document: document.printed, variables: .object(document.variables),
                    operationName: document.operationName))
            random = generator.random
        }
    }
}

/// SplitMix64: a small, fast generator whose output depends only on the seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

// MARK: - The generated document model

/// A selection being generated; a class so mutations can change it in place.
final class GeneratedSelection {
    enum Kind {
        case field(name: String, alias: String?)
        case inlineFragment(typeCondition: String?)
        case fragmentSpread(name: String)
    }

    var kind: Kind
    var arguments: [(name: String, value: String)] = []
    var directives: [String] = []
    var selections: [GeneratedSelection]?
    /// The type whose field this is, or the fragment's scope.
    var parentType: String

    init(kind: Kind, parentType: String) {
        self.kind = kind
        self.parentType = parentType
    }

    func print(into text: inout String, indent: String) {
        text += indent
        switch kind {
        case .field(let name, let alias):
            if let alias { text += "\(alias): " }
            text += name
            if !arguments.isEmpty {
                text +=
                    "(" + arguments.map { "\($0.name): \($0.value)" }.joined(separator: ", ") + ")"
            }
        case .inlineFragment(let typeCondition):
            text += "..."
            if let typeCondition { text += " on \(typeCondition)" }
        case .fragmentSpread(let name):
            text += "...\(name)"
        }
        for directive in directives { text += " \(directive)" }
        if let selections {
            text += " {\n"
            for selection in selections { selection.print(into: &text, indent: indent + "  ") }
            text += "\(indent)}"
        }
        text += "\n"
    }
}

struct GeneratedDocument {
    struct Fragment {
        var name: String
        var typeCondition: String
        var root: GeneratedSelection
    }

    var operation = "query"
    var operationName: String?
    var variableDefinitions: [(name: String, type: String, defaultValue: String?)] = []
    var operationDirectives: [String] = []
    var root: GeneratedSelection
    var fragments: [Fragment] = []
    var variables = JSONObject()
    /// Extra text appended verbatim (a second operation, a stray definition).
    var trailer = ""

    var printed: String {
        var text = operation
        if let operationName { text += " \(operationName)" }
        if !variableDefinitions.isEmpty {
            let list = variableDefinitions.map { definition in
                "$\(definition.name): \(definition.type)"
                    + (definition.defaultValue.map { " = \($0)" } ?? "")
            }
            text += "(" + list.joined(separator: ", ") + ")"
        }
        for directive in operationDirectives { text += " \(directive)" }
        text += " {\n"
        for selection in root.selections ?? [] { selection.print(into: &text, indent: "  ") }
        text += "}\n"
        for fragment in fragments {
            text += "\nfragment \(fragment.name) on \(fragment.typeCondition) {\n"
            for selection in fragment.root.selections ?? [] {
                selection.print(into: &text, indent: "  ")
            }
            text += "}\n"
        }
        return text + trailer
    }

    /// Every selection, depth first, fragments included.
    var allSelections: [GeneratedSelection] {
        var result: [GeneratedSelection] = []
        func visit(_ selection: GeneratedSelection) {
            for child in selection.selections ?? [] {
                result.append(child)
                visit(child)
            }
        }
        visit(root)
        for fragment in fragments { visit(fragment.root) }
        return result
    }
}

// MARK: - Generating

struct DocumentGenerator {
    let schema: Schema
    var random: SplitMix64
    private var variableCount = 0
    var sharesAliases = false
    private var aliasCount = 0

    init(schema: Schema, random: SplitMix64) {
        self.schema = schema
        self.random = random
    }

    mutating func makeDocument() -> GeneratedDocument {
        var operation = OperationType.query
        if schema.mutationType != nil && random.chance(20) { operation = .mutation }
        let rootType = schema.rootType(for: operation)!
        var document = GeneratedDocument(
            root: GeneratedSelection(
                kind: .inlineFragment(typeCondition: nil), parentType: rootType.name))
        document.operation = operation.rawValue
        if random.chance(60) { document.operationName = "Op\(random.int(100))" }
        if random.chance(15), schema.directivesByName["trace"] != nil {
            document.operationDirectives.append("@trace(level: \(random.int(5)))")
        }
        document.root.selections = makeSelections(
            on: .object(rootType), depth: 0, document: &document)
        return document
    }

    private mutating func makeSelections(
        on type: NamedType, depth: Int, document: inout GeneratedDocument
    ) -> [GeneratedSelection] {
        var selections: [GeneratedSelection] = []
        let fields = type.fields ?? []
        let count = 1 + random.int(depth == 0 ? 3 : 4)
        for _ in 0..<count {
            let roll = random.int(100)
            if type.isAbstract && roll < 30 {
                let possible = schema.possibleTypes(of: type.name)
                guard !possible.isEmpty else { continue }
                let target = random.pick(possible)
                let fragment = GeneratedSelection(
                    kind: .inlineFragment(typeCondition: target.name), parentType: type.name)
                fragment.selections = makeSelections(
                    on: .object(target), depth: depth + 1, document: &document)
                selections.append(fragment)
            } else if depth > 0 && roll < 40 && document.fragments.count < 3 {
                let name = "Frag\(document.fragments.count)"
                let root = GeneratedSelection(
                    kind: .inlineFragment(typeCondition: type.name), parentType: type.name)
                document.fragments.append(.init(name: name, typeCondition: type.name, root: root))
                root.selections = makeSelections(on: type, depth: depth + 1, document: &document)
                let spread = GeneratedSelection(
                    kind: .fragmentSpread(name: name), parentType: type.name)
                if random.chance(15), schema.directivesByName["tag"] != nil {
                    spread.directives.append("@tag(name: \"s\")")
                }
                selections.append(spread)
            } else if roll < 45 && depth > 0 {
                selections.append(
                    GeneratedSelection(
                        kind: .field(name: "__typename", alias: nil), parentType: type.name))
            } else if !fields.isEmpty {
                let field = random.pick(fields)
                if let selection = makeField(field, on: type, depth: depth, document: &document) {
                    selections.append(selection)
                }
            }
        }
        if selections.isEmpty {
            selections.append(
                GeneratedSelection(
                    kind: .field(name: "__typename", alias: nil), parentType: type.name))
        }
        return selections
    }

    private mutating func makeField(
        _ field: OutputField, on type: NamedType, depth: Int, document: inout GeneratedDocument
    ) -> GeneratedSelection? {
        guard let fieldType = schema[field.type.namedType] else { return nil }
        if fieldType.isCompositeType && depth >= 3 { return nil }
        aliasCount += 1
        // Every third document draws aliases from a small pool, so response names collide
        // and field merging (spec 5.3.2) gets exercised.
        let alias: String? =
            sharesAliases ? random.pick(["x", "y", nil]) : "f\(aliasCount)"
        let selection = GeneratedSelection(
            kind: .field(name: field.name, alias: alias), parentType: type.name)
        for argument in field.arguments
        where argument.type.isNonNull && argument.defaultValue == nil || random.chance(40) {
            let value = makeArgumentValue(argument, document: &document)
            selection.arguments.append((argument.name, value))
        }
        if random.chance(12) {
            let condition =
                random.chance(50)
                ? (random.chance(50) ? "true" : "false")
                : booleanVariable(document: &document)
            selection.directives.append(
                random.chance(50) ? "@skip(if: \(condition))" : "@include(if: \(condition))")
        }
        if random.chance(8), schema.directivesByName["tag"] != nil {
            selection.directives.append("@tag(name: \"a\") @tag(name: \"b\")")
        }
        if fieldType.isCompositeType {
            selection.selections = makeSelections(
                on: fieldType, depth: depth + 1, document: &document)
        }
        return selection
    }

    private mutating func booleanVariable(document: inout GeneratedDocument) -> String {
        variableCount += 1
        let name = "b\(variableCount)"
        document.variableDefinitions.append((name, "Boolean!", nil))
        document.variables.append(name, .bool(random.chance(50)))
        return "$\(name)"
    }

    /// A literal, or a variable defined with the argument's type and given a value.
    private mutating func makeArgumentValue(
        _ argument: InputValue, document: inout GeneratedDocument
    ) -> String {
        if random.chance(30) {
            variableCount += 1
            let name = "v\(variableCount)"
            let (literal, json) = makeValue(argument.type, depth: 0)
            var defaultValue: String?
            if random.chance(25) { defaultValue = literal }
            var typeText = argument.type.description
            if defaultValue != nil, case .nonNull(let inner) = argument.type, random.chance(50) {
                typeText = inner.description  // nullable with a default is allowed there
            }
            document.variableDefinitions.append((name, typeText, defaultValue))
            if defaultValue == nil || random.chance(50) { document.variables.append(name, json) }
            return "$\(name)"
        }
        return makeValue(argument.type, depth: 0).literal
    }

    /// A literal of a type and the JSON a variable of that type would be given.
    mutating func makeValue(_ type: GraphQLType, depth: Int) -> (literal: String, json: JSON) {
        switch type {
        case .nonNull(.named(let name)):
            return makeNamedValue(name, depth: depth)
        case .nonNull(let inner):
            return makeValue(inner, depth: depth)
        case .list(let item):
            if random.chance(20) { return makeValue(item, depth: depth + 1) }
            var literals: [String] = []
            var values: [JSON] = []
            for _ in 0..<random.int(3) {
                let (literal, json) = makeValue(item, depth: depth + 1)
                literals.append(literal)
                values.append(json)
            }
            return ("[" + literals.joined(separator: ", ") + "]", .array(values))
        case .named(let name):
            if random.chance(8) { return ("null", .null) }
            return makeNamedValue(name, depth: depth)
        }
    }

    private mutating func makeNamedValue(_ name: String, depth: Int) -> (
        literal: String, json: JSON
    ) {
        switch schema[name] {
        case .enumType(let enumType):
            let value = random.pick(enumType.values).name
            return (value, .string(value))
        case .inputObject(let input):
            var literals: [String] = []
            var object = JSONObject()
            for field in input.fields
            where field.type.isNonNull && field.defaultValue == nil
                || (depth < 2 && random.chance(50))
            {
                let (literal, json) = makeValue(field.type, depth: depth + 1)
                literals.append("\(field.name): \(literal)")
                object.append(field.name, json)
            }
            return ("{" + literals.joined(separator: ", ") + "}", .object(object))
        default:
            return makeScalar(name)
        }
    }

    private mutating func makeScalar(_ name: String) -> (literal: String, json: JSON) {
        switch name {
        case "Int":
            let value = random.int(2000) - 1000
            return ("\(value)", .int(value))
        case "Float":
            let value = Double(random.int(20000) - 10000) / 8
            return random.chance(30)
                ? ("\(Int(value))", .int(Int(value))) : ("\(value)", .double(value))
        case "Boolean":
            let value = random.chance(50)
            return ("\(value)", .bool(value))
        case "ID":
            if random.chance(30) {
                let value = random.int(1000)
                return ("\(value)", .int(value))
            }
            let value = "id\(random.int(100))"
            return ("\"\(value)\"", .string(value))
        default:
            let samples = ["plain", "tab\\tquote\\\"", "uni\\u00e9", "", "2024-01-31"]
            let sample = random.pick(samples)
            let decoded = sample.replacingOccurrences(of: "\\t", with: "\t")
                .replacingOccurrences(of: "\\\"", with: "\"")
                .replacingOccurrences(of: "\\u00e9", with: "é")
            return ("\"\(sample)\"", .string(decoded))
        }
    }

    // MARK: - Mutations

    /// Makes the document invalid (or its variables wrong) in one random way; returns how.
    mutating func mutate(_ document: inout GeneratedDocument) -> String {
        let fields = document.allSelections.filter {
            if case .field(let name, _) = $0.kind { name != "__typename" } else { false }
        }
        let choice = random.int(20)
        switch choice {
        case 0 where !fields.isEmpty:
            let field = random.pick(fields)
            if case .field(let name, let alias) = field.kind {
                field.kind = .field(name: String(name.dropLast()), alias: alias)
            }
            return "misspelled field"
        case 1:
            if let field = fields.first(where: { !$0.arguments.isEmpty }) {
                field.arguments.removeFirst()
                return "dropped argument"
            }
            return makeUnusedVariable(&document)
        case 2:
            if let field = fields.first(where: { !$0.arguments.isEmpty }) {
                let index = random.int(field.arguments.count)
                field.arguments[index].value = random.pick([
                    "\"text\"", "12", "1.5", "true", "WRONG", "{a: 1}", "[1, \"x\"]", "null",
                ])
                return "wrong literal"
            }
            return makeUnusedVariable(&document)
        case 3:
            return makeUnusedVariable(&document)
        case 4 where !document.fragments.isEmpty:
            let fragment = document.fragments[0]
            let spread = GeneratedSelection(
                kind: .fragmentSpread(name: fragment.name), parentType: fragment.typeCondition)
            let last = document.fragments[document.fragments.count - 1]
            last.root.selections?.append(spread)
            return "fragment cycle"
        case 5 where !fields.isEmpty:
            let field = random.pick(fields)
            field.arguments.append(("undefinedArg", "$undefinedVariable"))
            return "undefined variable"
        case 6 where !fields.isEmpty:
            let field = random.pick(fields)
            let spread = GeneratedSelection(kind: .fragmentSpread(name: "Missing"), parentType: "")
            if field.selections != nil {
                field.selections?.append(spread)
            } else {
                document.root.selections?.append(spread)
            }
            return "unknown fragment"
        case 7:
            document.operationName = "Same"
            document.trailer += "\nquery Same { __typename }\n"
            return "duplicate operation name"
        case 8:
            document.operationDirectives.append(
                random.pick(["@skip(if: true)", "@unknown", "@include"]))
            return "misplaced directive"
        case 9 where !fields.isEmpty:
            random.pick(fields).arguments.append(("bogus", "1"))
            return "unknown argument"
        case 10 where !fields.isEmpty:
            let field = random.pick(fields)
            if field.selections == nil {
                field.selections = [
                    GeneratedSelection(kind: .field(name: "id", alias: nil), parentType: "")
                ]
            } else {
                field.selections = nil
            }
            return "selection set shape"
        case 11 where !document.variableDefinitions.isEmpty:
            let index = random.int(document.variableDefinitions.count)
            document.variableDefinitions[index].type = random.pick([
                "String", "Int!", "[Int]", "Color", "Unknown",
            ])
            return "variable type"
        case 12 where !fields.isEmpty:
            let field = random.pick(fields)
            if let first = field.arguments.first {
                field.arguments.append(first)
            } else {
                field.directives.append("@skip(if: false) @skip(if: true)")
            }
            return "duplicate argument"
        case 13 where !fields.isEmpty:
            let field = random.pick(fields)
            if field.selections != nil {
                let fragment = GeneratedSelection(
                    kind: .inlineFragment(
                        typeCondition: random.pick(["Robot", "Color", "Mutation", "Cat", "Filter"])),
                    parentType: "")
                fragment.selections = [
                    GeneratedSelection(kind: .field(name: "__typename", alias: nil), parentType: "")
                ]
                field.selections?.append(fragment)
            }
            return "fragment type condition"
        case 14 where fields.count >= 2:
            let a = fields[0]
            let b = fields[fields.count - 1]
            if case .field(let name, _) = b.kind, case .field(_, let alias) = a.kind {
                b.kind = .field(name: name, alias: alias)
            }
            return "conflicting response names"
        case 15 where !document.variables.isEmpty:
            let key = document.variables.keys[random.int(document.variables.count)]
            var changed = JSONObject()
            for (name, value) in document.variables {
                changed.append(
                    name,
                    name == key
                        ? random.pick([
                            .string("x"), .int(3_000_000_000), .double(1.5), .null, .array([.null]),
                            ["z": 1],
                        ])
                        : value)
            }
            document.variables = changed
            return "wrong variable value"
        case 16:
            document.operationName = nil
            document.trailer += "\n{ __typename }\n"
            return "anonymous with another"
        case 17:
            document.operationName = "Named"
            document.trailer += "\nquery Other { __typename }\n"
            return "operation name choice"
        case 18 where !fields.isEmpty:
            let field = random.pick(fields)
            field.directives.append(
                random.pick([
                    "@trace(level: \"x\")", "@tag", "@trace(level: 1) @trace", "@include(if: 1)",
                ]))
            return "bad directive arguments"
        default:
            document.variables = JSONObject()
            return "variables left out"
        }
    }

    private mutating func makeUnusedVariable(_ document: inout GeneratedDocument) -> String {
        document.variableDefinitions.append(
            ("unused", random.pick(["Int", "String!", "[ID]", "Filter"]), nil))
        return "unused variable"
    }
}

// MARK: - Type system documents

/// Seeded mutations of the fixture schemas' SDL: each makes one kind of type system
/// mistake (a duplicate, an unknown reference, an extension of the wrong kind, a misplaced
/// directive, ...), compared through `validateSDL` and the schema builder.
enum SDLMutationGenerator {
    static func addCases(to suite: inout ConformanceSuite, seed: UInt64, count: Int) {
        suite.addSchemaMutations(
            idPrefix: "generated-sdl", seed: seed, count: count, maxMutations: 2,
            mutate: mutate(_:random:))
    }

    private static func mutate(_ document: inout Document, random: inout SplitMix64) -> String {
        let typeIndices = document.definitions.indices.filter {
            if case .type = document.definitions[$0] { true } else { false }
        }
        guard !typeIndices.isEmpty else { return "none" }
        let index = random.pick(typeIndices)
        guard case .type(var type) = document.definitions[index] else { return "none" }
        let name = type.name.value

        switch random.int(14) {
        case 0:
            document.definitions.append(.type(type))
            return "duplicate type"
        case 1:
            document.definitions.remove(at: index)
            return "removed type \(name)"
        case 2:
            let kinds = [
                "extend scalar \(name) @deprecated", "extend type \(name) { extra: Int }",
                "extend interface \(name) { extra: Int }", "extend union \(name) = \(name)",
                "extend enum \(name) { EXTRA }", "extend input \(name) { extra: Int }",
            ]
            append(random.pick(kinds), to: &document)
            return "extension kind"
        case 3:
            append("extend type \(name.dropLast()) { extra: Int }", to: &document)
            return "extension of unknown type"
        case 4:
            append("schema { query: \(name) } schema { mutation: \(name) }", to: &document)
            return "schema definitions"
        case 5:
            append(
                random.pick([
                    "directive @include(if: Boolean!) on FIELD",
                    "directive @d on FIELD directive @d on OBJECT",
                    "directive @a(x: Int, x: Int) on FIELD",
                ]), to: &document)
            return "directive definitions"
        default:
            break
        }

        switch type {
        case .object(var object) where !object.fields.isEmpty:
            let fieldIndex = random.int(object.fields.count)
            var field = object.fields[fieldIndex]
            switch random.int(6) {
            case 0:
                object.fields.append(field)
            case 1:
                field.type = .named(Name(String(field.type.namedType.value.dropLast()) + "x"))
                object.fields[fieldIndex] = field
            case 2:
                field.directives.append(
                    Directive(
                        name: Name(random.pick(["deprecated", "skip", "specifiedBy", "unknown"])),
                        arguments: random.chance(50)
                            ? [Argument(name: Name("reason"), value: Value(.int("1")))] : []))
                object.fields[fieldIndex] = field
            case 3:
                let argument = InputValueDefinition(name: Name("dup"), type: .named(Name("Int")))
                field.arguments += [argument, argument]
                object.fields[fieldIndex] = field
            case 4:
                object.directives.append(Directive(name: Name("deprecated")))
            default:
                object.interfaces.append(Name(random.pick(["Query", "Nope", name])))
            }
            type = .object(object)
        case .enumType(var enumType) where !enumType.values.isEmpty:
            enumType.values.append(random.pick(enumType.values))
            type = .enumType(enumType)
        case .inputObject(var input) where !input.fields.isEmpty:
            var field = random.pick(input.fields)
            if random.chance(50) {
                field.defaultValue = Value(
                    .object([
                        ObjectField(name: Name("a"), value: Value(.int("1"))),
                        ObjectField(name: Name("a"), value: Value(.int("2"))),
                    ]))
            }
            input.fields.append(field)
            type = .inputObject(input)
        case .union(var union):
            union.types.append(Name(random.pick(["String", "Missing", name])))
            type = .union(union)
        default:
            document.definitions.append(.type(type))
            return "duplicate type"
        }
        document.definitions[index] = .type(type)
        return "changed \(name)"
    }

    private static func append(_ sdl: String, to document: inout Document) {
        guard let extra = try? parse(sdl, limits: .schema) else { return }
        document.definitions += extra.definitions
    }
}

extension ConformanceSuite {
    /// Adds `count` SDL cases, each a fixture schema with 1...`maxMutations` seeded
    /// mutations applied; `mutate` changes the document and names what it did.
    mutating func addSchemaMutations(
        idPrefix: String, seed: UInt64, count: Int, maxMutations: Int,
        mutate: (inout Document, inout SplitMix64) -> String
    ) {
        var random = SplitMix64(seed: seed)
        let names = ["conformance", "harness", "spec", "minimal"]
        let documents = names.compactMap { name in
            schemas[name].flatMap { try? parse($0, limits: .schema) }.map { (name, $0) }
        }
        guard !documents.isEmpty else { return }
        for index in 0..<count {
            let (name, original) = documents[index % documents.count]
            var document = original
            var applied: [String] = []
            for _ in 0..<(1 + random.int(maxMutations)) {
                applied.append(mutate(&document, &random))
            }
            let sdl = document.definitions.map { print($0) }.joined(separator: "\n\n")
            cases.append(
                ConformanceCase(
                    id: "\(idPrefix)/\(name)#\(index) \(applied.joined(separator: ", "))",
                    sdl: sdl))
        }
    }
}
