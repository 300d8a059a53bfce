/// What rules share while validating one document: the schema, the types in
/// scope, fragment lookups and the errors found so far.
final class ValidationContext {
    /// The schema the document is checked against; empty when validating SDL alone.
    let schema: Schema
    /// The schema that exists already: the one a request runs against, or the one an
    /// SDL document extends (graphql-js `getSchema()`, which is null for SDL alone).
    let existingSchema: Schema?
    let document: Document
    let typeInfo: TypeInfo
    private let maxErrors: Int
    private(set) var errors: [GraphQLError] = []
    /// Coercions of custom scalars, whose literals are checked with their `parseLiteral`.
    var customScalars: [String: CustomScalar] = [:]
    /// Set when the error limit is reached; later reports are dropped.
    private(set) var isAborted = false

    private(set) lazy var fragments: [String: FragmentDefinition] = {
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions {
            fragments[fragment.name.value] = fragment
        }
        return fragments
    }()
    private var recursiveUsagesCache: [Int: [VariableUsage]] = [:]
    private var fragmentUsagesCache: [String: [VariableUsage]] = [:]
    private var scansByFragment: [Int: SelectionScan] = [:]
    private var referencedFragmentsCache: [Int: [FragmentDefinition]] = [:]
    /// The variable usages of the operation just walked, by its start, recorded during
    /// the walk so they need not be collected again.
    var walkedOperationUsages: (start: Int, usages: [VariableUsage])?
    /// The names of the fragments each walked operation spreads itself, by its start, in
    /// walk order (not graphql-js's `getFragmentSpreads` order).
    var walkedOperationSpreads: [Int: [String]] = [:]
    /// The names of the fragments some operation uses, once the whole document has been
    /// walked (by an optimistic pass).
    var usedFragmentNames: Set<String>?

    /// What is known of `schema` beforehand (shared with other validations against it).
    let facts: SchemaFacts

    init(schema: Schema, document: Document, maxErrors: Int) {
        self.schema = schema
        self.existingSchema = schema
        self.document = document
        facts = SchemaFacts.of(schema)
        self.typeInfo = TypeInfo(schema: schema, facts: facts)
        self.maxErrors = maxErrors
    }

    /// A context for type system documents, extending `schemaToExtend` if given.
    init(sdl document: Document, schemaToExtend: Schema?) {
        self.schema = schemaToExtend ?? Schema.emptyForSDL
        self.existingSchema = schemaToExtend
        self.document = document
        facts = SchemaFacts.of(schema)
        self.typeInfo = TypeInfo(schema: schema, facts: facts)
        self.maxErrors = .max
    }

    /// The directives known before the document's own definitions.
    var existingDirectives: [SchemaDirective] {
        existingSchema?.directives ?? SchemaDirective.specified
    }

    /// The directives known: the existing ones, then those the document defines.
    private(set) lazy var directiveFacts: [String: DirectiveFacts] = {
        var definitions: [DirectiveDefinition] = []
        for case .directive(let definition) in document.definitions {
            definitions.append(definition)
        }
        if definitions.isEmpty, let existingSchema {
            return facts.directives
        }
        return DirectiveFacts.byName(existingDirectives, definitions: definitions)
    }()

    /// Names of the existing schema's types, in type-map order (graphql-js `getTypeMap()`):
    /// built-in scalars are there only when something refers to them.
    var existingTypeNames: [String] { existingSchema?.typeNames ?? [] }

    /// A named type of the schema's type map (see `TypeInfo.unreferencedScalars`).
    func type(named name: String) -> NamedType? { typeInfo[name] }

    /// A type of the existing schema's type map.
    func existingType(named name: String) -> NamedType? {
        // `existingSchema`, when there is one, is `schema`, whose facts these are.
        guard let existingSchema, facts.typeNames.contains(name) else {
            return nil
        }
        return existingSchema[name]
    }

    // MARK: - Reporting

    /// How many more errors may be reported before validation aborts (the abort notice
    /// included), so a rule can stop looking once nothing it finds would be shown.
    var remainingErrors: Int {
        isAborted ? 0 : max(0, maxErrors - errors.count + 1)
    }

    /// Records an error located at each given node.
    func report(_ message: String, at ranges: [SourceRange?]) {
        guard !isAborted else { return }
        if errors.count >= maxErrors {
            errors.append(
                GraphQLError("Too many validation errors, error limit reached. Validation aborted.")
            )
            isAborted = true
            return
        }
        errors.append(GraphQLError(message, at: ranges, in: document.source))
    }

    func report(_ message: String, at ranges: SourceRange?...) {
        report(message, at: ranges)
    }

    /// Records an error that already has its message, located at one node.
    func report(_ failure: CoercionFailure, at range: SourceRange?) {
        report(failure.message, at: [range])
    }

    // MARK: - Fragments

    func fragment(named name: String) -> FragmentDefinition? {
        fragments[name]
    }

    /// The fragment spreads inside a selection set, not following fragments.
    func fragmentSpreads(in selectionSet: SelectionSet) -> [FragmentSpread] {
        SelectionScan(selectionSet).spreads
    }

    /// The fragment spreads inside a fragment.
    func fragmentSpreads(in fragment: FragmentDefinition) -> [FragmentSpread] {
        scan(of: fragment).spreads
    }

    /// One scan of a fragment's selections, made once per fragment.
    private func scan(of fragment: FragmentDefinition) -> SelectionScan {
        guard let key = fragment.location?.start else {
            return SelectionScan(fragment.selectionSet)
        }
        if let cached = scansByFragment[key] { return cached }
        let scan = SelectionScan(fragment.selectionSet)
        scansByFragment[key] = scan
        return scan
    }

    /// Every fragment an operation uses, directly or through other fragments.
    func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        let key = operation.location?.start
        if let key, let cached = referencedFragmentsCache[key] { return cached }
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var spreadsToVisit = [fragmentSpreads(in: operation.selectionSet)]
        while let spreads = spreadsToVisit.popLast() {
            for spread in spreads where collected.insert(spread.name.value).inserted {
                if let fragment = fragment(named: spread.name.value) {
                    fragments.append(fragment)
                    spreadsToVisit.append(fragmentSpreads(in: fragment))
                }
            }
        }
        if let key { referencedFragmentsCache[key] = fragments }
        return fragments
    }

    /// The names of the fragments an operation uses, directly or through other fragments,
    /// in no particular order: a set needs no exact order, so the spreads the walk
    /// recorded serve instead of another pass over the operation.
    func referencedFragmentNames(of operation: OperationDefinition) -> Set<String> {
        guard let start = operation.location?.start, var toVisit = walkedOperationSpreads[start]
        else {
            return Set(recursivelyReferencedFragments(of: operation).map(\.name.value))
        }
        var visited: Set<String> = []
        var found: Set<String> = []
        while let name = toVisit.popLast() {
            guard visited.insert(name).inserted, let fragment = fragment(named: name) else {
                continue
            }
            found.insert(name)
            for spread in scan(of: fragment).spreads { toVisit.append(spread.name.value) }
        }
        return found
    }

    // MARK: - Variables

    /// Every variable use in an operation and the fragments it references, with
    /// the type and default expected where each is used.
    func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        let key = operation.location?.start
        if let key, let cached = recursiveUsagesCache[key] { return cached }

        var usages: [VariableUsage]
        if let walked = walkedOperationUsages, walked.start == key {
            // When no fragment it uses holds a variable, the walk's usages are all.
            let fragmentsHaveVariables = referencedFragmentNames(of: operation).contains {
                fragment(named: $0).map { scan(of: $0).containsVariable } ?? false
            }
            if !fragmentsHaveVariables {
                recursiveUsagesCache[walked.start] = walked.usages
                return walked.usages
            }
            usages = walked.usages
        } else if operation.selectionSet.containsVariable || operation.directives.containsVariable
            || operation.variableDefinitions.contains(where: { $0.directives.containsVariable })
        {
            usages = VariableUsageCollector.usages(
                in: operation, schema: schema)
        } else {
            usages = []
        }
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages += fragmentUsages(fragment)
        }
        if let key { recursiveUsagesCache[key] = usages }
        return usages
    }

    private func fragmentUsages(_ fragment: FragmentDefinition) -> [VariableUsage] {
        if let cached = fragmentUsagesCache[fragment.name.value] { return cached }
        let usages =
            scan(of: fragment).containsVariable
            ? VariableUsageCollector.usages(
                in: fragment, schema: schema)
            : []
        fragmentUsagesCache[fragment.name.value] = usages
        return usages
    }
}

/// A variable used as a value, with what its position expects.
struct VariableUsage {
    var variable: Variable
    /// The input type expected where the variable is used, if known.
    var type: GraphQLType?
    /// The default of the argument or input field it is passed to, if any.
    var defaultValue: Value?
    /// The expected type of the value holding the variable (an input object for a field).
    var parentType: GraphQLType?
}

/// Collects variable usages by walking one operation or fragment.
private final class VariableUsageCollector: DocumentVisitor {
    private let typeInfo: TypeInfo
    private var usages: [VariableUsage] = []

    private init(typeInfo: TypeInfo) {
        self.typeInfo = typeInfo
    }

    static func usages(
        in operation: OperationDefinition, schema: Schema
    ) -> [VariableUsage] {
        let collector = VariableUsageCollector(
            typeInfo: TypeInfo(schema: schema, facts: SchemaFacts.of(schema)))
        DocumentWalker(typeInfo: collector.typeInfo, visitor: collector).walk(operation)
        return collector.usages
    }

    static func usages(
        in fragment: FragmentDefinition, schema: Schema
    ) -> [VariableUsage] {
        let collector = VariableUsageCollector(
            typeInfo: TypeInfo(schema: schema, facts: SchemaFacts.of(schema)))
        DocumentWalker(typeInfo: collector.typeInfo, visitor: collector).walk(fragment)
        return collector.usages
    }

    func enterValue(_ node: Value) {
        if case .variable(let variable) = node.kind {
            usages.append(
                VariableUsage(
                    variable: variable, type: typeInfo.inputType,
                    defaultValue: typeInfo.defaultValue, parentType: typeInfo.parentInputType))
        }
    }
}

extension SelectionSet {
    /// Whether a variable appears anywhere inside, not following fragment spreads.
    var containsVariable: Bool { SelectionScan(self).containsVariable }
}

extension [Directive] {
    fileprivate var containsVariable: Bool {
        for index in indices {
            let arguments = self[index].arguments
            for argumentIndex in arguments.indices
            where arguments[argumentIndex].value.containsVariable {
                return true
            }
        }
        return false
    }
}

extension Value {
    /// Whether this value is or holds a variable.
    var containsVariable: Bool {
        switch kind {
        case .variable:
            return true
        case .list(let items):
            for index in items.indices where items[index].containsVariable { return true }
            return false
        case .object(let fields):
            for index in fields.indices where fields[index].value.containsVariable { return true }
            return false
        default:
            return false
        }
    }
}

/// What one pass over a selection set finds without following fragments: its spreads, in
/// graphql-js `getFragmentSpreads` order, and whether a variable appears in it.
struct SelectionScan {
    private(set) var spreads: [FragmentSpread] = []
    private(set) var containsVariable = false

    init(_ selectionSet: SelectionSet) {
        visit(selectionSet.selections)
    }

    /// A set's own spreads first, then its nested sets from last to first: the order in
    /// which graphql-js's stack of sets pops them.
    private mutating func visit(_ selections: [Selection]) {
        for index in selections.indices {
            switch selections[index] {
            case .fragmentSpread(let spread):
                spreads.append(spread)
                if !containsVariable { containsVariable = spread.directives.containsVariable }
            case .field(let field):
                if !containsVariable {
                    containsVariable = field.directives.containsVariable
                    let arguments = field.arguments
                    for argumentIndex in arguments.indices
                    where arguments[argumentIndex].value.containsVariable {
                        containsVariable = true
                    }
                }
            case .inlineFragment(let fragment):
                if !containsVariable { containsVariable = fragment.directives.containsVariable }
            }
        }
        var index = selections.count
        while index > 0 {
            index -= 1
            switch selections[index] {
            case .field(let field):
                if let nested = field.selectionSet { visit(nested.selections) }
            case .inlineFragment(let fragment):
                visit(fragment.selectionSet.selections)
            case .fragmentSpread:
                break
            }
        }
    }
}
