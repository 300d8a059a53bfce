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

    init(schema: Schema, document: Document, maxErrors: Int) {
        self.schema = schema
        self.existingSchema = schema
        self.document = document
        self.typeInfo = TypeInfo(
            schema: schema, unreferencedScalars: SchemaFacts.of(schema).unreferencedScalars)
        self.maxErrors = maxErrors
    }

    /// A context for type system documents, extending `schemaToExtend` if given.
    init(sdl document: Document, schemaToExtend: Schema?) {
        self.schema = schemaToExtend ?? Schema.emptyForSDL
        self.existingSchema = schemaToExtend
        self.document = document
        self.typeInfo = TypeInfo(
            schema: schema, unreferencedScalars: SchemaFacts.of(schema).unreferencedScalars)
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
            return SchemaFacts.of(existingSchema).directives
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
        guard let existingSchema, SchemaFacts.of(existingSchema).typeNames.contains(name) else {
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

    // MARK: - Variables

    /// Every variable use in an operation and the fragments it references, with
    /// the type and default expected where each is used.
    func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        let key = operation.location?.start
        if let key, let cached = recursiveUsagesCache[key] { return cached }

        var usages: [VariableUsage]
        if let walked = walkedOperationUsages, walked.start == key {
            usages = walked.usages
        } else if operation.selectionSet.containsVariable || operation.directives.containsVariable
            || operation.variableDefinitions.contains(where: { $0.directives.containsVariable })
        {
            usages = VariableUsageCollector.usages(
                in: operation, schema: schema, unreferencedScalars: typeInfo.unreferencedScalars)
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
                in: fragment, schema: schema, unreferencedScalars: typeInfo.unreferencedScalars)
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
        in operation: OperationDefinition, schema: Schema, unreferencedScalars: [String]
    ) -> [VariableUsage] {
        let collector = VariableUsageCollector(
            typeInfo: TypeInfo(schema: schema, unreferencedScalars: unreferencedScalars))
        DocumentWalker(typeInfo: collector.typeInfo, visitor: collector).walk(operation)
        return collector.usages
    }

    static func usages(
        in fragment: FragmentDefinition, schema: Schema, unreferencedScalars: [String]
    ) -> [VariableUsage] {
        let collector = VariableUsageCollector(
            typeInfo: TypeInfo(schema: schema, unreferencedScalars: unreferencedScalars))
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
    var containsVariable: Bool {
        selections.contains { selection in
            switch selection {
            case .field(let field):
                field.arguments.contains { $0.value.containsVariable }
                    || field.directives.containsVariable
                    || field.selectionSet?.containsVariable == true
            case .fragmentSpread(let spread):
                spread.directives.containsVariable
            case .inlineFragment(let fragment):
                fragment.directives.containsVariable || fragment.selectionSet.containsVariable
            }
        }
    }
}

extension [Directive] {
    fileprivate var containsVariable: Bool {
        contains { directive in directive.arguments.contains { $0.value.containsVariable } }
    }
}

extension Value {
    /// Whether this value is or holds a variable.
    var containsVariable: Bool {
        switch kind {
        case .variable: true
        case .list(let items): items.contains { $0.containsVariable }
        case .object(let fields): fields.contains { $0.value.containsVariable }
        default: false
        }
    }
}

/// What one pass over a selection set finds without following fragments: its spreads, in
/// graphql-js `getFragmentSpreads` order (nested sets from a stack), and whether a
/// variable appears in it.
struct SelectionScan {
    private(set) var spreads: [FragmentSpread] = []
    private(set) var containsVariable = false

    init(_ selectionSet: SelectionSet) {
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            let selections = set.selections
            for index in selections.indices {
                switch selections[index] {
                case .fragmentSpread(let spread):
                    spreads.append(spread)
                    if !containsVariable { containsVariable = spread.directives.containsVariable }
                case .field(let field):
                    if let nested = field.selectionSet { setsToVisit.append(nested) }
                    if !containsVariable {
                        containsVariable =
                            field.arguments.contains { $0.value.containsVariable }
                            || field.directives.containsVariable
                    }
                case .inlineFragment(let fragment):
                    setsToVisit.append(fragment.selectionSet)
                    if !containsVariable {
                        containsVariable = fragment.directives.containsVariable
                    }
                }
            }
        }
    }
}
