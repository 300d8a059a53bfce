import JSON

/// Executes one operation of a validated document (spec 6.1 ExecuteRequest).
///
/// An operation nesting selection sets deeper than `maxDepth`, fragments expanded, is
/// refused with a request error before anything runs.
///
/// A subscription operation runs once like a query, against the root value, as graphql-js
/// `execute` does; `subscribe` is the event stream form.
///
/// Resolvers that may suspend run concurrently with their siblings and list
/// neighbours; everything else, default field reads included, runs inline on
/// the calling task. Mutation root fields run one after another.
///
/// A schema that fails `validateSchema` answers with its errors (graphql-js throws them).
public func execute(
    schema: Schema, resolvers: ResolverMap, document: Document, operationName: String? = nil,
    variables: JSONObject? = nil, rootValue: any Sendable = JSON.object([:]),
    context: any Sendable = JSON.null, maxDepth: Int = ParseLimits.default.maxDepth
) async -> ExecutionResult {
    switch prepareRun(
        schema: schema, resolvers: resolvers, document: document, operationName: operationName,
        variables: variables, context: context, maxDepth: maxDepth)
    {
    case .refused(let result):
        return result
    case .ready(let run, let rootType):
        let data = await run.run(rootType: rootType, rootValue: rootValue)
        return ExecutionResult(data: data, errors: run.orderedErrors)
    }
}

/// The response of one operation as JSON text: the bytes `JSONWriter` writes for
/// `ExecutionResult.json`, with the errors they contain.
public struct SerializedExecutionResult: Sendable {
    /// UTF-8 JSON: `errors` first when present, then `data`.
    public var bytes: [UInt8]
    public var errors: [GraphQLError]
    /// False when a request error stopped execution before it began (no `data` member).
    public var hasData: Bool
}

/// `execute`, answering with the response already written as JSON.
///
/// An operation selecting no field that has an asynchronous resolver is written straight
/// into the buffer while it executes, with no result tree; others execute as `execute`
/// does and are then written. Both give the same bytes. `capacity` is the buffer's initial
/// size in bytes.
public func executeToJSON(
    schema: Schema, resolvers: ResolverMap, document: Document, operationName: String? = nil,
    variables: JSONObject? = nil, rootValue: any Sendable = JSON.object([:]),
    context: any Sendable = JSON.null, maxDepth: Int = ParseLimits.default.maxDepth,
    capacity: Int = 4096
) async -> SerializedExecutionResult {
    let result: ExecutionResult
    switch prepareRun(
        schema: schema, resolvers: resolvers, document: document, operationName: operationName,
        variables: variables, context: context, maxDepth: maxDepth)
    {
    case .refused(let refused):
        result = refused
    case .ready(let run, let rootType) where run.selectsAsyncResolver:
        let data = await run.run(rootType: rootType, rootValue: rootValue)
        result = ExecutionResult(data: data, errors: run.orderedErrors)
    case .ready(let run, let rootType):
        let bytes = run.writeResponse(
            rootType: rootType, rootValue: rootValue, capacity: capacity)
        let errors = run.orderedErrors
        if errors.isEmpty {
            return SerializedExecutionResult(bytes: bytes, errors: [], hasData: true)
        }
        // graphql-js puts errors before data.
        var withErrors = JSONWriter(capacity: bytes.count + 256 * errors.count)
        withErrors.writeRaw(#"{"errors":"# as StaticString)
        withErrors.write(.array(errors.map(\.json)))
        withErrors.bytes.append(UInt8(ascii: ","))
        withErrors.bytes.append(contentsOf: bytes[1...])
        return SerializedExecutionResult(bytes: withErrors.bytes, errors: errors, hasData: true)
    }
    var writer = JSONWriter(capacity: capacity)
    writer.write(result.json)
    return SerializedExecutionResult(
        bytes: writer.bytes, errors: result.errors, hasData: result.data != nil)
}

/// A run ready to execute, or the request error that refused it.
enum PreparedRun {
    case refused(ExecutionResult)
    case ready(ExecutionRun, ObjectType)
}

/// The schema's validity, GetOperation, the depth limit, CoerceVariableValues and the root
/// type (spec 6.1).
func prepareRun(
    schema: Schema, resolvers: ResolverMap, document: Document, operationName: String?,
    variables: JSONObject?, context: any Sendable, maxDepth: Int
) -> PreparedRun {
    let schemaErrors = validateSchema(schema)
    if !schemaErrors.isEmpty { return .refused(ExecutionResult(errors: schemaErrors)) }
    let operation: OperationDefinition
    do {
        operation = try GraphQL.operation(named: operationName, in: document)
    } catch {
        return .refused(ExecutionResult(errors: [error]))
    }
    var fragments: [String: FragmentDefinition] = [:]
    for case .fragment(let fragment) in document.definitions {
        fragments[fragment.name.value] = fragment
    }
    var depth = OperationDepth(fragments: fragments)
    if depth.depth(of: operation.selectionSet) > maxDepth {
        let error = GraphQLError(
            "Operation exceeds the maximum nesting depth of \(maxDepth).",
            at: [operation.location], in: document.source)
        return .refused(ExecutionResult(errors: [error]))
    }

    let coercion = InputCoercion(schema: schema, customScalars: resolvers.customScalars)
    let (coercedVariables, variableErrors) = coercion.coerceVariables(
        operation.variableDefinitions, inputs: variables, source: document.source)
    if !variableErrors.isEmpty { return .refused(ExecutionResult(errors: variableErrors)) }

    guard let rootType = schema.rootType(for: operation.operation) else {
        let error = GraphQLError(
            "Schema is not configured to execute \(operation.operation.rawValue) operation.",
            at: [operation.location], in: document.source)
        return .refused(ExecutionResult(data: .null, errors: [error]))
    }
    let run = ExecutionRun(
        schema: schema, resolvers: resolvers, operation: operation, fragments: fragments,
        variables: coercedVariables, context: context, source: document.source)
    return .ready(run, rootType)
}

/// Checks the schema, then parses, validates and executes a request: the usual entry point.
public func graphql(
    schema: Schema, resolvers: ResolverMap = ResolverMap(), source: String,
    operationName: String? = nil, variables: JSONObject? = nil,
    rootValue: any Sendable = JSON.object([:]), context: any Sendable = JSON.null,
    limits: ParseLimits = .default
) async -> ExecutionResult {
    let schemaErrors = validateSchema(schema)
    if !schemaErrors.isEmpty { return ExecutionResult(errors: schemaErrors) }
    let document: Document
    do {
        document = try parse(source, limits: limits)
    } catch {
        return ExecutionResult(errors: [error])
    }
    let validationErrors = validate(document, against: schema, resolvers: resolvers)
    if !validationErrors.isEmpty { return ExecutionResult(errors: validationErrors) }
    return await execute(
        schema: schema, resolvers: resolvers, document: document, operationName: operationName,
        variables: variables, rootValue: rootValue, context: context, maxDepth: limits.maxDepth)
}
