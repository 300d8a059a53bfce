import GraphQL

/// A client document that does not validate against a schema.
public struct OperationProblem: Sendable, Hashable {
    public var origin: String
    public var message: String
    /// 1-based, in the document's own text; nil when the error lies in a fragment taken
    /// from another file.
    public var line: Int?
    public var column: Int?

    public init(origin: String, message: String, line: Int?, column: Int?) {
        self.origin = origin
        self.message = message
        self.line = line
        self.column = column
    }
}

/// Client documents against a schema: validation, and which schema coordinates they use.
public enum OperationCheck {
    /// Validates every document that holds an operation; fragments defined in other files
    /// are appended when spread (Apollo-style shared fragment files).
    public static func validate(_ documents: [ClientDocument], against schema: Schema)
        -> [OperationProblem]
    {
        let fragmentTexts = fragmentSources(documents)
        var problems: [OperationProblem] = []
        for document in documents {
            let parsed: Document
            do {
                parsed = try parse(document.text)
            } catch {
                problems.append(problem(document, error, ownLines: Int.max))
                continue
            }
            let hasOperation = parsed.definitions.contains {
                if case .operation = $0 { true } else { false }
            }
            guard hasOperation else { continue }

            let extra = missingFragments(of: parsed, from: fragmentTexts)
            let ownLines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
                .count
            let text =
                extra.isEmpty ? document.text : document.text + "\n" + extra.joined(separator: "\n")
            guard let combined = try? parse(text) else { continue }
            for error in GraphQL.validate(combined, against: schema) {
                problems.append(problem(document, error, ownLines: ownLines))
            }
        }
        return problems
    }

    /// Schema coordinates the documents touch in `schema`: `Type`, `Type.field`,
    /// `Type.field(arg:)`, and every field of input types they pass (a conservative
    /// over-approximation: an input type used at all counts as wholly used).
    public static func usage(of documents: [ClientDocument], in schema: Schema) -> Set<String> {
        var walker = UsageWalker(schema: schema)
        for document in documents {
            guard let parsed = try? parse(document.text) else { continue }
            walker.walk(parsed)
        }
        return walker.used
    }

    private static func problem(_ document: ClientDocument, _ error: GraphQLError, ownLines: Int)
        -> OperationProblem
    {
        let location = error.locations.first
        let inOwnText = location.map { $0.line <= ownLines } ?? false
        return OperationProblem(
            origin: document.origin, message: error.message,
            line: inOwnText ? location?.line : nil, column: inOwnText ? location?.column : nil)
    }

    /// Fragment name to its printed definition, over every document.
    private static func fragmentSources(_ documents: [ClientDocument]) -> [String: (
        String, [String]
    )] {
        var result: [String: (String, [String])] = [:]
        for document in documents {
            guard let parsed = try? parse(document.text) else { continue }
            for case .fragment(let fragment) in parsed.definitions {
                var spreads: [String] = []
                collectSpreads(fragment.selectionSet, into: &spreads)
                result[fragment.name.value] =
                    result[fragment.name.value]
                    ?? (print(.fragment(fragment)), spreads)
            }
        }
        return result
    }

    private static func missingFragments(
        of document: Document, from sources: [String: (String, [String])]
    ) -> [String] {
        var defined: Set<String> = []
        var pending: [String] = []
        for definition in document.definitions {
            switch definition {
            case .fragment(let fragment):
                defined.insert(fragment.name.value)
                collectSpreads(fragment.selectionSet, into: &pending)
            case .operation(let operation):
                collectSpreads(operation.selectionSet, into: &pending)
            default:
                break
            }
        }
        var texts: [String] = []
        while let name = pending.popLast() {
            guard !defined.contains(name), let (text, spreads) = sources[name] else { continue }
            defined.insert(name)
            texts.append(text)
            pending.append(contentsOf: spreads)
        }
        return texts
    }

    static func collectSpreads(_ set: SelectionSet, into names: inout [String]) {
        for selection in set.selections {
            switch selection {
            case .field(let field):
                if let inner = field.selectionSet { collectSpreads(inner, into: &names) }
            case .fragmentSpread(let spread):
                names.append(spread.name.value)
            case .inlineFragment(let fragment):
                collectSpreads(fragment.selectionSet, into: &names)
            }
        }
    }
}

/// Records the coordinates a document reaches, following field types through the schema.
private struct UsageWalker {
    let schema: Schema
    var used: Set<String> = []
    var fragments: [String: FragmentDefinition] = [:]
    var visitedFragments: Set<String> = []

    mutating func walk(_ document: Document) {
        fragments = [:]
        visitedFragments = []
        for case .fragment(let fragment) in document.definitions {
            fragments[fragment.name.value] = fragment
        }
        for case .operation(let operation) in document.definitions {
            guard let root = schema.rootType(for: operation.operation) else { continue }
            used.insert(root.name)
            for variable in operation.variableDefinitions {
                useInput(GraphQLType(variable.type).namedType)
            }
            walk(operation.selectionSet, on: root.name)
        }
    }

    mutating func walk(_ set: SelectionSet, on typeName: String) {
        for selection in set.selections {
            switch selection {
            case .field(let field):
                guard let definition = schema[typeName]?.field(field.name.value) else { continue }
                let coordinate = "\(typeName).\(field.name.value)"
                used.insert(coordinate)
                for argument in field.arguments {
                    used.insert("\(coordinate)(\(argument.name.value):)")
                    if let type = definition.argument(argument.name.value)?.type {
                        useInput(type.namedType)
                    }
                }
                let returnType = definition.type.namedType
                used.insert(returnType)
                if let inner = field.selectionSet { walk(inner, on: returnType) }
            case .inlineFragment(let fragment):
                let condition = fragment.typeCondition?.value ?? typeName
                used.insert(condition)
                walk(fragment.selectionSet, on: condition)
            case .fragmentSpread(let spread):
                guard let fragment = fragments[spread.name.value],
                    !visitedFragments.contains(spread.name.value)
                else { continue }
                visitedFragments.insert(spread.name.value)
                used.insert(fragment.typeCondition.value)
                walk(fragment.selectionSet, on: fragment.typeCondition.value)
            }
        }
    }

    mutating func useInput(_ name: String) {
        guard !used.contains(name) || !used.contains("\(name).*") else { return }
        used.insert(name)
        used.insert("\(name).*")
        if case .inputObject(let input) = schema[name] {
            for field in input.fields {
                used.insert("\(name).\(field.name)")
                useInput(field.type.namedType)
            }
        }
    }
}
