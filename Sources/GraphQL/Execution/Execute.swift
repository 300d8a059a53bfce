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
    let schemaErrors = validateSchema(schema)
    if !schemaErrors.isEmpty { return ExecutionResult(errors: schemaErrors) }
    let operation: OperationDefinition
    do {
        operation = try GraphQL.operation(named: operationName, in: document)
    } catch {
        return ExecutionResult(errors: [error])
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
        return ExecutionResult(errors: [error])
    }

    let coercion = InputCoercion(schema: schema, customScalars: resolvers.customScalars)
    let (coercedVariables, variableErrors) = coercion.coerceVariables(
        operation.variableDefinitions, inputs: variables, source: document.source)
    if !variableErrors.isEmpty { return ExecutionResult(errors: variableErrors) }

    guard let rootType = schema.rootType(for: operation.operation) else {
        let error = GraphQLError(
            "Schema is not configured to execute \(operation.operation.rawValue) operation.",
            at: [operation.location], in: document.source)
        return ExecutionResult(data: .null, errors: [error])
    }
    let run = ExecutionRun(
        schema: schema, resolvers: resolvers, operation: operation, fragments: fragments,
        variables: coercedVariables, context: context, source: document.source)
    let data = await run.run(rootType: rootType, rootValue: rootValue)
    return ExecutionResult(data: data, errors: run.orderedErrors)
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
