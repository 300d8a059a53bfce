import Synchronization

/// Checks a schema against the type system's validation rules (spec 3, "Type Validation"
/// of each kind) with graphql-js 16's messages, locations and order: root types, directive
/// arguments, then every type in type-map order.
///
/// `Schema(sdl:)` builds schemas that break these rules, as graphql-js `buildSchema` does;
/// `graphql()`, `validate()` and `execute()` refuse them with these errors, where
/// graphql-js's throw. Computed once per schema: later calls return the stored answer
/// (without taking a lock once the schema is known to be valid).
public func validateSchema(_ schema: Schema) -> [GraphQLError] {
    if schema.isKnownValid.load(ordering: .acquiring) { return [] }
    if let errors = schema.validationErrors.withLock({ $0 }) { return errors }
    var validator = SchemaValidator(schema: schema)
    validator.validate()
    let errors = validator.errors
    schema.validationErrors.withLock { stored in
        if stored == nil { stored = errors }
    }
    if errors.isEmpty { schema.isKnownValid.store(true, ordering: .releasing) }
    return errors
}

/// One run of `validateSchema`; the errors accumulate in graphql-js's order.
struct SchemaValidator {
    let schema: Schema
    private(set) var errors: [GraphQLError] = []
    /// Objects and interfaces naming each interface they implement (graphql-js
    /// `getImplementations`), for covariant field types.
    var implementations: [String: Set<String>] = [:]

    /// Input objects already searched for non-null cycles.
    private var searchedInputs: Set<String> = []
    /// The non-null input fields leading to the input object being searched.
    private var inputPath: [InputValue] = []
    /// Where each input object on `inputPath` was entered.
    private var inputPathIndex: [String: Int] = [:]

    /// Line starts of the schema's source, made for the first error.
    private var locator: SourceLineTable?

    private static let introspectionTypeNames = Set(Introspection.types.map(\.name))

    init(schema: Schema) {
        self.schema = schema
    }

    mutating func validate() {
        collectImplementations()
        validateRootTypes()
        validateDirectives()
        validateTypes()
    }

    mutating func report(_ message: String, _ ranges: [SourceRange?]) {
        guard let source = schema.source else {
            errors.append(GraphQLError(message))
            return
        }
        let table = locator ?? SourceLineTable(source)
        locator = table
        let locations = ranges.compactMap { range in range.map { table.location(of: $0.start) } }
        errors.append(GraphQLError(message, locations: locations))
    }

    // MARK: - Roots and directives

    /// Spec 3.3.1 Root Operation Types: a query root, and every root an object type.
    private mutating func validateRootTypes() {
        for operation in OperationType.allCases {
            guard let name = schema.rootTypeNames[operation], let type = schema[name] else {
                if operation == .query {
                    let definition = schema.hasSchemaDefinition ? schema.nodes.first : nil
                    report("Query root type must be provided.", [definition?.location])
                }
                continue
            }
            if case .object = type { continue }
            let message =
                switch operation {
                case .query: "Query root type must be Object type, it cannot be \(name)."
                case .mutation:
                    "Mutation root type must be Object type if provided, it cannot be \(name)."
                case .subscription:
                    "Subscription root type must be Object type if provided, it cannot be \(name)."
                }
            let declaration = schema.nodes.lazy.flatMap(\.operationTypes)
                .first { $0.operation == operation }
            report(message, [declaration?.type.location ?? type.nodes.first?.location])
        }
    }

    /// Spec 3.13 Type Validation of directives: names and argument types.
    private mutating func validateDirectives() {
        for directive in schema.directives {
            validateName(directive.name, directive.node?.location)
            for argument in directive.arguments {
                validateName(argument.name, argument.node?.location)
                if !isInputType(argument.type) {
                    report(
                        "The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                        [argument.node?.location])
                }
                if isRequired(argument), argument.deprecationReason != nil {
                    report(
                        "Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.",
                        [deprecatedDirective(on: argument.node), argument.node?.type.location])
                }
            }
        }
    }

    /// Names starting with `__` are reserved for introspection (spec 2.1.9).
    private mutating func validateName(_ name: String, _ location: SourceRange?) {
        if name.hasPrefix("__") {
            report(
                "Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                [location])
        }
    }

    // MARK: - Types

    private mutating func validateTypes() {
        for name in schema.typeNames {
            guard let type = schema[name] else { continue }
            if !Self.introspectionTypeNames.contains(name) {
                validateName(name, type.nodes.first?.location)
            }
            switch type {
            case .object(let object):
                validateFields(of: object.name, object.fields, type.nodes)
                validateInterfaces(of: type)
            case .interface(let interface):
                validateFields(of: interface.name, interface.fields, type.nodes)
                validateInterfaces(of: type)
            case .union(let union):
                validateMembers(of: union)
            case .enumType(let enumType):
                validateValues(of: enumType)
            case .inputObject(let input):
                validateFields(of: input)
                searchNonNullCycles(from: input)
            case .scalar:
                break
            }
        }
    }

    /// Spec 3.6 and 3.7 Type Validation: one or more fields, output field types, input
    /// argument types, and no deprecated required argument.
    private mutating func validateFields(
        of typeName: String, _ fields: [OutputField], _ nodes: [TypeDefinition]
    ) {
        if fields.isEmpty {
            report("Type \(typeName) must define one or more fields.", nodes.map(\.location))
        }
        for field in fields {
            validateName(field.name, field.node?.location)
            if !isOutputType(field.type) {
                report(
                    "The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).",
                    [field.node?.type.location])
            }
            for argument in field.arguments {
                let path = "\(typeName).\(field.name)(\(argument.name):)"
                validateName(argument.name, argument.node?.location)
                if !isInputType(argument.type) {
                    report(
                        "The type of \(path) must be Input Type but got: \(argument.type).",
                        [argument.node?.type.location])
                }
                if isRequired(argument), argument.deprecationReason != nil {
                    report(
                        "Required argument \(path) cannot be deprecated.",
                        [deprecatedDirective(on: argument.node), argument.node?.type.location])
                }
            }
        }
    }

    /// Spec 3.8 Type Validation: one or more members, each an object type, each once.
    private mutating func validateMembers(of union: UnionType) {
        let members = declaredMembers(of: union)
        if members.isEmpty {
            report(
                "Union type \(union.name) must define one or more member types.",
                union.nodes.map(\.location))
        }
        var included: Set<String> = []
        for member in members {
            guard included.insert(member).inserted else {
                report(
                    "Union type \(union.name) can only include type \(member) once.",
                    memberNodes(of: union, named: member))
                continue
            }
            if case .object = schema[member] { continue }
            report(
                "Union type \(union.name) can only include Object types, it cannot include \(member).",
                memberNodes(of: union, named: member))
        }
    }

    /// Spec 3.9 Type Validation: one or more values, none named like introspection.
    private mutating func validateValues(of enumType: EnumType) {
        if enumType.values.isEmpty {
            report(
                "Enum type \(enumType.name) must define one or more values.",
                enumType.nodes.map(\.location))
        }
        for value in enumType.values {
            validateName(value.name, value.node?.location)
        }
    }

    /// Spec 3.10 Type Validation: one or more fields, input types, no deprecated required
    /// field, and for a OneOf input object nullable fields without defaults.
    private mutating func validateFields(of input: InputObjectType) {
        if input.fields.isEmpty {
            report(
                "Input Object type \(input.name) must define one or more fields.",
                input.nodes.map(\.location))
        }
        for field in input.fields {
            let path = "\(input.name).\(field.name)"
            validateName(field.name, field.node?.location)
            if !isInputType(field.type) {
                report(
                    "The type of \(path) must be Input Type but got: \(field.type).",
                    [field.node?.type.location])
            }
            if isRequired(field), field.deprecationReason != nil {
                report(
                    "Required input field \(path) cannot be deprecated.",
                    [deprecatedDirective(on: field.node), field.node?.type.location])
            }
            guard input.isOneOf else { continue }
            if field.type.isNonNull {
                report(
                    "OneOf input field \(path) must be nullable.", [field.node?.type.location])
            }
            if field.defaultValue != nil {
                report(
                    "OneOf input field \(path) cannot have a default value.",
                    [field.node?.location])
            }
        }
    }

    /// Spec 3.10: an input object must not reach itself through non-null fields alone, or
    /// no finite value could be given. A depth-first search over input objects not yet
    /// searched, reporting every cycle it closes; iterative, so a long chain of input
    /// objects cannot exhaust the stack.
    private mutating func searchNonNullCycles(from start: InputObjectType) {
        guard searchedInputs.insert(start.name).inserted else { return }
        inputPathIndex[start.name] = inputPath.count
        // Each input object being searched and the index of its next field.
        var stack: [(input: InputObjectType, next: Int)] = [(start, 0)]
        while let (input, next) = stack.last {
            guard next < input.fields.count else {
                stack.removeLast()
                inputPathIndex[input.name] = nil
                if !stack.isEmpty { inputPath.removeLast() }
                continue
            }
            stack[stack.count - 1].next += 1
            let field = input.fields[next]
            guard case .nonNull(.named(let name)) = field.type,
                case .inputObject(let fieldType) = schema[name]
            else { continue }
            inputPath.append(field)
            if let cycleStart = inputPathIndex[name] {
                let cycle = inputPath[cycleStart...]
                let names = cycle.map(\.name).joined(separator: ".")
                report(
                    "Cannot reference Input Object \"\(name)\" within itself through a series of non-null fields: \"\(names)\".",
                    cycle.map { $0.node?.location })
            } else if searchedInputs.insert(name).inserted {
                // The field stays on the path until this input object is searched.
                inputPathIndex[name] = inputPath.count
                stack.append((fieldType, 0))
                continue
            }
            inputPath.removeLast()
        }
    }

    // MARK: - Helpers

    func isInputType(_ type: GraphQLType) -> Bool {
        schema[type.namedType]?.isInputType ?? false
    }

    func isOutputType(_ type: GraphQLType) -> Bool {
        schema[type.namedType]?.isOutputType ?? false
    }

    /// A non-null argument or input field without a default must be given.
    func isRequired(_ value: InputValue) -> Bool {
        value.type.isNonNull && value.defaultValue == nil
    }

    private func deprecatedDirective(on node: InputValueDefinition?) -> SourceRange? {
        node?.directives.first { $0.name.value == "deprecated" }?.location
    }

    /// The member names as written, repeats included (the model keeps each once).
    func declaredMembers(of union: UnionType) -> [String] {
        let written = union.nodes.flatMap { node -> [String] in
            if case .union(let definition) = node { definition.types.map(\.value) } else { [] }
        }
        return Self.unique(written) == union.types ? written : union.types
    }

    private func memberNodes(of union: UnionType, named name: String) -> [SourceRange?] {
        union.nodes.flatMap { node -> [SourceRange?] in
            guard case .union(let definition) = node else { return [] }
            return definition.types.filter { $0.value == name }.map(\.location)
        }
    }

    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

/// Where the lines of a source start, so each error location costs a binary search
/// instead of a scan from the start (a schema may have thousands of errors).
///
/// Gives what `Source.location(of:)` gives: `\r\n`, `\r` and `\n` end lines, and columns
/// count UTF-16 code units.
struct SourceLineTable {
    let source: Source
    /// After the byte before `offset`, the line is `line` and it starts at `offset`.
    private var starts: [(offset: Int, line: Int)] = []

    init(_ source: Source) {
        self.source = source
        var line = 1
        var previous: UInt8 = 0
        for (index, byte) in source.body.utf8.enumerated() {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { line += 1 }
            if byte == 0x0D || byte == 0x0A { starts.append((index + 1, line)) }
            previous = byte
        }
    }

    func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return column(line: 1, start: 0, offset: offset) }
        let start = starts[low - 1]
        return column(line: start.line, start: start.offset, offset: offset)
    }

    private func column(line: Int, start: Int, offset: Int) -> SourceLocation {
        let utf8 = source.body.utf8
        guard start < offset,
            let lower = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex),
            let upper = utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex)
        else { return SourceLocation(line: line, column: offset - start + 1) }
        return SourceLocation(
            line: line, column: source.body.utf16.distance(from: lower, to: upper) + 1)
    }
}
