/// Parses a GraphQL document (spec 2 and 3).
///
/// Throws the first syntax error, located and worded as graphql-js 16 does.
public func parse(_ source: String, limits: ParseLimits = .default) throws(GraphQLError) -> Document
{
    var document = try withParser(source, limits: limits) { (parser) throws(SyntaxError) in
        try parser.parseDocument()
    }
    document.source = Source(source)
    return document
}

/// Parses a single input value such as `{a: [1, $b]}`, which may hold variables.
public func parseValue(_ source: String, limits: ParseLimits = .default) throws(GraphQLError)
    -> Value
{
    try withParser(source, limits: limits) { (parser) throws(SyntaxError) in
        try parser.parseWhole { (parser) throws(SyntaxError) in
            try parser.parseValue(isConst: false)
        }
    }
}

/// Parses a constant input value, which may not hold variables.
public func parseConstValue(_ source: String, limits: ParseLimits = .default) throws(GraphQLError)
    -> Value
{
    try withParser(source, limits: limits) { (parser) throws(SyntaxError) in
        try parser.parseWhole { (parser) throws(SyntaxError) in try parser.parseValue(isConst: true)
        }
    }
}

/// Parses a type reference such as `[String!]!`.
public func parseType(_ source: String, limits: ParseLimits = .default) throws(GraphQLError)
    -> TypeReference
{
    try withParser(source, limits: limits) { (parser) throws(SyntaxError) in
        try parser.parseWhole { (parser) throws(SyntaxError) in try parser.parseTypeReference() }
    }
}

private func withParser<Result>(
    _ source: String, limits: ParseLimits,
    _ body: (inout Parser) throws(SyntaxError) -> Result
) throws(GraphQLError) -> Result {
    var text = source
    let outcome: Swift.Result<Result, SyntaxError> = text.withUTF8 { bytes in
        var parser = Parser(bytes, limits: limits)
        do throws(SyntaxError) {
            return .success(try body(&parser))
        } catch {
            return .failure(error)
        }
    }
    switch outcome {
    case .success(let result): return result
    case .failure(let error): throw error.located(in: Source(source))
    }
}

/// A recursive descent parser over the token stream; one method per grammar production.
struct Parser: ~Copyable {
    private var lexer: Lexer
    /// Items of the lists being parsed.
    private var lists = ListScratch()
    private var names = NameCache()
    /// The current token, not yet consumed.
    private var token: Token
    /// The end of the last consumed token, where the current node ends.
    private var lastTokenEnd = 0
    private var tokenCount = 0
    private var depth = 0
    private var aliasCount = 0
    private var directiveCount = 0
    private let limits: ParseLimits

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: ParseLimits) {
        lexer = Lexer(bytes)
        token = Token(kind: .startOfFile, start: 0, end: 0)
        self.limits = limits
    }

    /// Parses `production` as the whole input, between start and end of file.
    mutating func parseWhole<Node>(
        _ production: (inout Parser) throws(SyntaxError) -> Node
    ) throws(SyntaxError) -> Node {
        try expect(.startOfFile)
        let node = try production(&self)
        try expect(.endOfFile)
        return node
    }

    // MARK: - Document

    /// Document : Definition+
    mutating func parseDocument() throws(SyntaxError) -> Document {
        try expect(.startOfFile)
        let mark = lists.byteCount
        do {
            repeat {
                let definition = try parseDefinition()
                lists.push(definition)
            } while try !expectOptional(.endOfFile)
        } catch {
            lists.discard(from: mark, as: Definition.self)
            throw error
        }
        let definitions = lists.pop(from: mark, as: Definition.self)
        return Document(
            definitions: definitions, location: SourceRange(start: 0, end: lastTokenEnd))
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    ///
    /// A leading description is only allowed before type system definitions.
    private mutating func parseDefinition() throws(SyntaxError) -> Definition {
        if token.kind == .braceLeft { return .operation(try parseOperationDefinition()) }

        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lookahead() : token
        if keyword.kind == .name {
            switch lexer.text(of: keyword) {
            case "schema": return .schema(try parseSchemaDefinition())
            case "scalar", "type", "interface", "union", "enum", "input":
                return .type(try parseTypeDefinition(keyword: keyword))
            case "directive": return .directive(try parseDirectiveDefinition())
            default: break
            }
            if hasDescription {
                throw SyntaxError(
                    message:
                        "Unexpected description, descriptions are supported only on type definitions.",
                    offset: token.start)
            }
            switch lexer.text(of: keyword) {
            case "query", "mutation", "subscription":
                return .operation(try parseOperationDefinition())
            case "fragment": return .fragment(try parseFragmentDefinition())
            case "extend": return try parseTypeSystemExtension()
            default: break
            }
        }
        throw unexpected(keyword)
    }

    // MARK: - Operations

    /// OperationDefinition :
    ///   - SelectionSet
    ///   - OperationType Name? VariableDefinitions? Directives? SelectionSet
    private mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let start = token
        if token.kind == .braceLeft {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(
                operation: .query, selectionSet: selectionSet, location: range(from: start))
        }
        let operation = try parseOperationType()
        let name = token.kind == .name ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet, location: range(from: start))
    }

    /// OperationType : one of `query` `mutation` `subscription`
    private mutating func parseOperationType() throws(SyntaxError) -> OperationType {
        let operationToken = try expect(.name)
        switch lexer.text(of: operationToken) {
        case "query": return .query
        case "mutation": return .mutation
        case "subscription": return .subscription
        default: throw unexpected(operationToken)
        }
    }

    /// VariableDefinitions : ( VariableDefinition+ )
    private mutating func parseVariableDefinitions() throws(SyntaxError) -> [VariableDefinition] {
        try optionalMany(.parenLeft, .parenRight) { (parser) throws(SyntaxError) in
            try parser.parseVariableDefinition()
        }
    }

    /// VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    private mutating func parseVariableDefinition() throws(SyntaxError) -> VariableDefinition {
        let start = token
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValue(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            variable: variable, type: type, defaultValue: defaultValue, directives: directives,
            location: range(from: start))
    }

    /// Variable : $ Name
    private mutating func parseVariable() throws(SyntaxError) -> Variable {
        let start = token
        try expect(.dollar)
        let name = try parseName()
        return Variable(name: name, location: range(from: start))
    }

    /// SelectionSet : { Selection+ }
    private mutating func parseSelectionSet() throws(SyntaxError) -> SelectionSet {
        let start = token
        try enterNesting()
        try expect(.braceLeft)
        let mark = lists.byteCount
        do {
            repeat {
                try pushSelection()
            } while try !expectOptional(.braceRight)
        } catch {
            lists.discard(from: mark, as: Selection.self)
            throw error
        }
        depth -= 1
        let selections = lists.pop(from: mark, as: Selection.self)
        return SelectionSet(selections: selections, location: range(from: start))
    }

    /// Selection : Field | FragmentSpread | InlineFragment
    ///
    /// Pushes the selection on `lists`: built in place, a field is not copied again.
    private mutating func pushSelection() throws(SyntaxError) {
        if token.kind == .spread {
            let fragment = try parseFragment()
            lists.push(fragment)
        } else {
            try pushField()
        }
    }

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    private mutating func pushField() throws(SyntaxError) {
        let start = token
        let first = try parseName()
        let alias: Name?
        let name: Name
        if token.kind == .colon {
            try advance()
            aliasCount += 1
            if aliasCount > limits.maxAliases {
                throw SyntaxError(
                    message: "Document contains more than \(limits.maxAliases) aliases.",
                    offset: start.start)
            }
            alias = first
            name = try parseName()
        } else {
            alias = nil
            name = first
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = token.kind == .braceLeft ? try parseSelectionSet() : nil
        lists.push(
            Selection.field(
                Field(
                    alias: alias, name: name, arguments: arguments, directives: directives,
                    selectionSet: selectionSet, location: range(from: start))))
    }

    /// Arguments[Const] : ( Argument[?Const]+ )
    private mutating func parseArguments(isConst: Bool) throws(SyntaxError) -> [Argument] {
        try optionalMany(.parenLeft, .parenRight) { (parser) throws(SyntaxError) in
            try parser.parseArgument(isConst: isConst)
        }
    }

    /// Argument[Const] : Name : Value[?Const]
    private mutating func parseArgument(isConst: Bool) throws(SyntaxError) -> Argument {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(isConst: isConst)
        return Argument(name: name, value: value, location: range(from: start))
    }

    // MARK: - Fragments

    /// FragmentSpread : ... FragmentName Directives?
    ///
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    private mutating func parseFragment() throws(SyntaxError) -> Selection {
        let start = token
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && token.kind == .name {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            return .fragmentSpread(
                FragmentSpread(name: name, directives: directives, location: range(from: start)))
        }
        let typeCondition = hasTypeCondition ? try parseName() : nil
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(
            InlineFragment(
                typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
                location: range(from: start)))
    }

    /// FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    private mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let start = token
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseName()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet, location: range(from: start))
    }

    /// FragmentName : Name but not `on`
    private mutating func parseFragmentName() throws(SyntaxError) -> Name {
        if lexer.isKeyword(token, "on") { throw unexpected(token) }
        return try parseName()
    }

    // MARK: - Values

    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    ///   - ListValue[?Const] | ObjectValue[?Const]
    mutating func parseValue(isConst: Bool) throws(SyntaxError) -> Value {
        let start = token
        switch token.kind {
        case .bracketLeft:
            return try parseList(isConst: isConst)
        case .braceLeft:
            return try parseObject(isConst: isConst)
        case .int:
            try advance()
            return Value(.int(lexer.text(of: start)), location: range(from: start))
        case .float:
            try advance()
            return Value(.float(lexer.text(of: start)), location: range(from: start))
        case .string, .blockString:
            let string = try parseStringLiteral()
            return Value(.string(string.value, isBlock: string.isBlock), location: string.location)
        case .name:
            try advance()
            let kind: Value.Kind =
                switch lexer.text(of: start) {
                case "true": .boolean(true)
                case "false": .boolean(false)
                case "null": .null
                case let name: .enumValue(name)
                }
            return Value(kind, location: range(from: start))
        case .dollar:
            if isConst {
                try advance()
                if token.kind == .name {
                    throw SyntaxError(
                        message:
                            "Unexpected variable \"$\(lexer.text(of: token))\" in constant value.",
                        offset: start.start)
                }
                throw unexpected(start)
            }
            let variable = try parseVariable()
            return Value(.variable(variable), location: variable.location)
        default:
            throw unexpected(token)
        }
    }

    /// ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private mutating func parseList(isConst: Bool) throws(SyntaxError) -> Value {
        let start = token
        try enterNesting()
        let values = try any(.bracketLeft, .bracketRight) { (parser) throws(SyntaxError) in
            try parser.parseValue(isConst: isConst)
        }
        depth -= 1
        return Value(.list(values), location: range(from: start))
    }

    /// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private mutating func parseObject(isConst: Bool) throws(SyntaxError) -> Value {
        let start = token
        try enterNesting()
        let fields = try any(.braceLeft, .braceRight) { (parser) throws(SyntaxError) in
            try parser.parseObjectField(isConst: isConst)
        }
        depth -= 1
        return Value(.object(fields), location: range(from: start))
    }

    /// ObjectField[Const] : Name : Value[?Const]
    private mutating func parseObjectField(isConst: Bool) throws(SyntaxError) -> ObjectField {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(isConst: isConst)
        return ObjectField(name: name, value: value, location: range(from: start))
    }

    /// StringValue, plain or block.
    private mutating func parseStringLiteral() throws(SyntaxError) -> StringValue {
        let start = token
        let value = lexer.stringValue
        try advance()
        return StringValue(value, isBlock: start.kind == .blockString, location: range(from: start))
    }

    // MARK: - Directives and types

    /// Directives[Const] : Directive[?Const]+
    private mutating func parseDirectives(isConst: Bool) throws(SyntaxError) -> [Directive] {
        guard token.kind == .at else { return [] }
        let mark = lists.byteCount
        do {
            repeat {
                let directive = try parseDirective(isConst: isConst)
                lists.push(directive)
            } while token.kind == .at
        } catch {
            lists.discard(from: mark, as: Directive.self)
            throw error
        }
        return lists.pop(from: mark, as: Directive.self)
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    private mutating func parseDirective(isConst: Bool) throws(SyntaxError) -> Directive {
        let start = token
        directiveCount += 1
        if directiveCount > limits.maxDirectives {
            throw SyntaxError(
                message: "Document contains more than \(limits.maxDirectives) directives.",
                offset: start.start)
        }
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return Directive(name: name, arguments: arguments, location: range(from: start))
    }

    /// Type : NamedType | ListType | NonNullType
    mutating func parseTypeReference() throws(SyntaxError) -> TypeReference {
        let start = token
        var type: TypeReference
        if try expectOptional(.bracketLeft) {
            try enterNesting()
            let inner = try parseTypeReference()
            depth -= 1
            try expect(.bracketRight)
            type = .list(inner, location: range(from: start))
        } else {
            type = .named(try parseName())
        }
        if try expectOptional(.bang) {
            return .nonNull(type, location: range(from: start))
        }
        return type
    }

    /// Name : /[_A-Za-z][_0-9A-Za-z]*/
    private mutating func parseName() throws(SyntaxError) -> Name {
        let nameToken = try expect(.name)
        return Name(
            names.string(
                lexer.bytes.baseAddress!, from: nameToken.start, to: nameToken.end),
            location: SourceRange(start: nameToken.start, end: nameToken.end))
    }

    // MARK: - Type system

    /// Description : StringValue
    private func peekDescription() -> Bool {
        token.kind == .string || token.kind == .blockString
    }

    private mutating func parseDescription() throws(SyntaxError) -> StringValue? {
        peekDescription() ? try parseStringLiteral() : nil
    }

    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private mutating func parseSchemaDefinition() throws(SyntaxError) -> SchemaDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try many(.braceLeft, .braceRight) { (parser) throws(SyntaxError) in
            try parser.parseOperationTypeDefinition()
        }
        return SchemaDefinition(
            description: description, directives: directives, operationTypes: operationTypes,
            location: range(from: start))
    }

    /// RootOperationTypeDefinition : OperationType : NamedType
    private mutating func parseOperationTypeDefinition() throws(SyntaxError)
        -> OperationTypeDefinition
    {
        let start = token
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseName()
        return OperationTypeDefinition(
            operation: operation, type: type, location: range(from: start))
    }

    /// TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition
    ///   | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
    ///
    /// `keyword` is the token after any description.
    private mutating func parseTypeDefinition(keyword: Token) throws(SyntaxError) -> TypeDefinition
    {
        let start = token
        let description = try parseDescription()
        let kind = lexer.text(of: keyword)
        try advance()
        return try parseTypeBody(kind, description: description, start: start, isExtension: false)
    }

    /// The part of a type definition or extension after its keyword.
    ///
    /// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    ///
    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]?
    ///   FieldsDefinition?
    ///
    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces?
    ///   Directives[Const]? FieldsDefinition?
    ///
    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    ///
    /// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    ///
    /// InputObjectTypeDefinition : Description? input Name Directives[Const]?
    ///   InputFieldsDefinition?
    ///
    /// An extension must add something (spec 3.4.3 TypeExtension).
    private mutating func parseTypeBody(
        _ kind: String, description: StringValue?, start: Token, isExtension: Bool
    ) throws(SyntaxError) -> TypeDefinition {
        let name = try parseName()
        switch kind {
        case "scalar":
            let directives = try parseDirectives(isConst: true)
            if isExtension && directives.isEmpty { throw unexpected(token) }
            return .scalar(
                ScalarTypeDefinition(
                    description: description, name: name, directives: directives,
                    location: range(from: start)))
        case "type", "interface":
            let interfaces = try parseImplementsInterfaces()
            let directives = try parseDirectives(isConst: true)
            let fields = try optionalMany(.braceLeft, .braceRight) {
                (parser) throws(SyntaxError) in try parser.parseFieldDefinition()
            }
            if isExtension && interfaces.isEmpty && directives.isEmpty && fields.isEmpty {
                throw unexpected(token)
            }
            if kind == "type" {
                return .object(
                    ObjectTypeDefinition(
                        description: description, name: name, interfaces: interfaces,
                        directives: directives, fields: fields, location: range(from: start)))
            }
            return .interface(
                InterfaceTypeDefinition(
                    description: description, name: name, interfaces: interfaces,
                    directives: directives, fields: fields, location: range(from: start)))
        case "union":
            let directives = try parseDirectives(isConst: true)
            let types = try parseUnionMemberTypes()
            if isExtension && directives.isEmpty && types.isEmpty { throw unexpected(token) }
            return .union(
                UnionTypeDefinition(
                    description: description, name: name, directives: directives, types: types,
                    location: range(from: start)))
        case "enum":
            let directives = try parseDirectives(isConst: true)
            let values = try optionalMany(.braceLeft, .braceRight) {
                (parser) throws(SyntaxError) in try parser.parseEnumValueDefinition()
            }
            if isExtension && directives.isEmpty && values.isEmpty { throw unexpected(token) }
            return .enumType(
                EnumTypeDefinition(
                    description: description, name: name, directives: directives, values: values,
                    location: range(from: start)))
        default:
            let directives = try parseDirectives(isConst: true)
            let fields = try optionalMany(.braceLeft, .braceRight) {
                (parser) throws(SyntaxError) in try parser.parseInputValueDefinition()
            }
            if isExtension && directives.isEmpty && fields.isEmpty { throw unexpected(token) }
            return .inputObject(
                InputObjectTypeDefinition(
                    description: description, name: name, directives: directives, fields: fields,
                    location: range(from: start)))
        }
    }

    /// ImplementsInterfaces : implements &? NamedType ( & NamedType )*
    private mutating func parseImplementsInterfaces() throws(SyntaxError) -> [Name] {
        guard try expectOptionalKeyword("implements") else { return [] }
        return try delimitedMany(.ampersand) { (parser) throws(SyntaxError) in
            try parser.parseName()
        }
    }

    /// UnionMemberTypes : = |? NamedType ( | NamedType )*
    private mutating func parseUnionMemberTypes() throws(SyntaxError) -> [Name] {
        guard try expectOptional(.equals) else { return [] }
        return try delimitedMany(.pipe) { (parser) throws(SyntaxError) in try parser.parseName() }
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private mutating func parseFieldDefinition() throws(SyntaxError) -> FieldDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinition(
            description: description, name: name, arguments: arguments, type: type,
            directives: directives, location: range(from: start))
    }

    /// ArgumentsDefinition : ( InputValueDefinition+ )
    private mutating func parseArgumentDefinitions() throws(SyntaxError) -> [InputValueDefinition] {
        try optionalMany(.parenLeft, .parenRight) { (parser) throws(SyntaxError) in
            try parser.parseInputValueDefinition()
        }
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValue(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(
            description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives, location: range(from: start))
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    ///
    /// EnumValue : Name but not `true`, `false` or `null`
    private mutating func parseEnumValueDefinition() throws(SyntaxError) -> EnumValueDefinition {
        let start = token
        let description = try parseDescription()
        if lexer.isKeyword(token, "true") || lexer.isKeyword(token, "false")
            || lexer.isKeyword(token, "null")
        {
            throw SyntaxError(
                message: "\(describe(token)) is reserved and cannot be used for an enum value.",
                offset: token.start)
        }
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return EnumValueDefinition(
            description: description, name: name, directives: directives,
            location: range(from: start))
    }

    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`?
    ///   on DirectiveLocations
    private mutating func parseDirectiveDefinition() throws(SyntaxError) -> DirectiveDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try delimitedMany(.pipe) { (parser) throws(SyntaxError) in
            try parser.parseDirectiveLocation()
        }
        return DirectiveDefinition(
            description: description, name: name, arguments: arguments,
            isRepeatable: isRepeatable, locations: locations, location: range(from: start))
    }

    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    private mutating func parseDirectiveLocation() throws(SyntaxError) -> Name {
        let start = token
        let name = try parseName()
        guard DirectiveLocation(rawValue: name.value) != nil else { throw unexpected(start) }
        return name
    }

    /// TypeSystemExtension : SchemaExtension | TypeExtension
    private mutating func parseTypeSystemExtension() throws(SyntaxError) -> Definition {
        let keyword = try lookahead()
        if keyword.kind == .name {
            let kind = lexer.text(of: keyword)
            switch kind {
            case "schema":
                return .schemaExtension(try parseSchemaExtension())
            case "scalar", "type", "interface", "union", "enum", "input":
                let start = token
                try advance()
                try advance()
                return .typeExtension(
                    try parseTypeBody(kind, description: nil, start: start, isExtension: true))
            default: break
            }
        }
        throw unexpected(keyword)
    }

    /// SchemaExtension :
    ///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    ///   - extend schema Directives[Const] [lookahead != `{`]
    private mutating func parseSchemaExtension() throws(SyntaxError) -> SchemaDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try optionalMany(.braceLeft, .braceRight) {
            (parser) throws(SyntaxError) in try parser.parseOperationTypeDefinition()
        }
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected(token) }
        return SchemaDefinition(
            directives: directives, operationTypes: operationTypes, location: range(from: start))
    }

    // MARK: - Token helpers

    private func range(from start: Token) -> SourceRange {
        SourceRange(start: start.start, end: lastTokenEnd)
    }

    /// Consumes the current token, counting it against the token limit.
    @inline(__always)
    private mutating func advance() throws(SyntaxError) {
        lastTokenEnd = token.end
        token = try lexer.next()
        guard token.kind != .endOfFile else { return }
        tokenCount += 1
        if tokenCount > limits.maxTokens { throw tooManyTokens() }
    }

    // Errors are built out of line, keeping the inlined helpers small.
    @inline(never)
    private func tooManyTokens() -> SyntaxError {
        SyntaxError(
            message: "Document contains more that \(limits.maxTokens) tokens. Parsing aborted.",
            offset: token.start)
    }

    /// The token after the current one, without consuming anything.
    private func lookahead() throws(SyntaxError) -> Token {
        var copy = lexer
        return try copy.next()
    }

    private mutating func enterNesting() throws(SyntaxError) {
        depth += 1
        if depth > limits.maxDepth {
            throw SyntaxError(
                message: "Document exceeds the maximum nesting depth of \(limits.maxDepth).",
                offset: token.start)
        }
    }

    @discardableResult
    @inline(__always)
    private mutating func expect(_ kind: TokenKind) throws(SyntaxError) -> Token {
        let current = token
        guard current.kind == kind else { throw expected(kind) }
        try advance()
        return current
    }

    @inline(never)
    private func expected(_ kind: TokenKind) -> SyntaxError {
        SyntaxError(
            message: "Expected \(kind.description), found \(describe(token)).", offset: token.start)
    }

    @inline(__always)
    private mutating func expectOptional(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    private mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard lexer.isKeyword(token, keyword) else {
            throw SyntaxError(
                message: "Expected \"\(keyword)\", found \(describe(token)).", offset: token.start)
        }
        try advance()
    }

    private mutating func expectOptionalKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool
    {
        guard lexer.isKeyword(token, keyword) else { return false }
        try advance()
        return true
    }

    private func unexpected(_ at: Token) -> SyntaxError {
        SyntaxError(message: "Unexpected \(describe(at)).", offset: at.start)
    }

    /// A token as graphql-js describes it: its kind, then its value in quotes if it has one.
    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .name, .int, .float:
            "\(token.kind.description) \"\(lexer.text(of: token))\""
        case .string, .blockString:
            "\(token.kind.description) \"\(stringValue(of: token))\""
        default:
            token.kind.description
        }
    }

    /// The decoded value of a string token, re-lexed since only the latest is kept.
    private func stringValue(of token: Token) -> String {
        if token.start == self.token.start { return lexer.stringValue }
        var relexer = Lexer(lexer.bytes)
        relexer.seek(to: token.start)
        _ = try? relexer.next()
        return relexer.stringValue
    }

    /// open item+ close
    private mutating func many<Item>(
        _ open: TokenKind, _ close: TokenKind,
        _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        let mark = lists.byteCount
        do {
            repeat {
                let next = try item(&self)
                lists.push(next)
            } while try !expectOptional(close)
        } catch {
            lists.discard(from: mark, as: Item.self)
            throw error
        }
        return lists.pop(from: mark, as: Item.self)
    }

    /// (open item+ close)?
    private mutating func optionalMany<Item>(
        _ open: TokenKind, _ close: TokenKind,
        _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        guard token.kind == open else { return [] }
        return try many(open, close, item)
    }

    /// open item* close
    private mutating func any<Item>(
        _ open: TokenKind, _ close: TokenKind,
        _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        let mark = lists.byteCount
        do {
            while try !expectOptional(close) {
                let next = try item(&self)
                lists.push(next)
            }
        } catch {
            lists.discard(from: mark, as: Item.self)
            throw error
        }
        return lists.pop(from: mark, as: Item.self)
    }

    /// delimiter? item (delimiter item)*
    private mutating func delimitedMany<Item>(
        _ delimiter: TokenKind,
        _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        _ = try expectOptional(delimiter)
        let mark = lists.byteCount
        do {
            repeat {
                let next = try item(&self)
                lists.push(next)
            } while try expectOptional(delimiter)
        } catch {
            lists.discard(from: mark, as: Item.self)
            throw error
        }
        return lists.pop(from: mark, as: Item.self)
    }
}
