import JSON

/// The source stream of a subscription: the events its root field produces.
public struct EventStream: Sendable {
    public let events: AsyncThrowingStream<any Sendable, any Error>

    public init(_ events: AsyncThrowingStream<any Sendable, any Error>) {
        self.events = events
    }

    /// Wraps any sendable sequence; it is iterated by a task that stops when the response
    /// stream is dropped.
    public init<Events: AsyncSequence & Sendable>(sequence: Events)
    where Events.Element: Sendable {
        events = AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await event in sequence { continuation.yield(event) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// Produces the source stream of a subscription root field from its parent and arguments
/// (spec 6.2.3 ResolveFieldEventStream).
public typealias SubscriptionResolver = @Sendable (ResolveContext) async throws -> EventStream

/// What `subscribe` returns: a response stream, or the errors that kept it from starting.
public enum SubscriptionResult: Sendable {
    /// One `ExecutionResult` per source event; it ends when the source ends, with the
    /// source's error if it fails.
    case stream(AsyncThrowingStream<ExecutionResult, any Error>)
    /// A request error or a failing root field: errors only, no stream.
    case failure(ExecutionResult)

    /// The failure as a stream of its one result, for transports that only stream.
    public var responses: AsyncThrowingStream<ExecutionResult, any Error> {
        switch self {
        case .stream(let stream): return stream
        case .failure(let result):
            return AsyncThrowingStream { continuation in
                continuation.yield(result)
                continuation.finish()
            }
        }
    }
}

/// Subscribe (spec 6.2.3): creates the source event stream of the operation's single root
/// field and maps each event to the response of executing the operation with that event as
/// the root value (MapSourceToResponseEvent, ExecuteSubscriptionEvent).
///
/// The root field's stream comes from its `setSubscription` resolver, else from the member
/// of its name in `rootValue` when that is an `EventStream`. Events execute one at a time, in
/// order; each one's fields resolve like a query's, with `rootValue` replaced by the event.
/// A schema that fails `validateSchema` answers with its errors (graphql-js throws them).
public func subscribe(
    schema: Schema, resolvers: ResolverMap, document: Document, operationName: String? = nil,
    variables: JSONObject? = nil, rootValue: any Sendable = JSON.object([:]),
    context: any Sendable = JSON.null, maxDepth: Int = ParseLimits.default.maxDepth
) async -> SubscriptionResult {
    let schemaErrors = validateSchema(schema)
    if !schemaErrors.isEmpty { return .failure(ExecutionResult(errors: schemaErrors)) }
    let prepared: PreparedOperation
    switch PreparedOperation.make(
        schema, document, operationName, variables, maxDepth: maxDepth,
        customScalars: resolvers.customScalars)
    {
    case .success(let operation): prepared = operation
    case .failure(let errors): return .failure(ExecutionResult(errors: errors))
    }
    // As in graphql-js, the subscription root type is used whatever the operation's type.
    guard let rootType = schema.subscriptionType else {
        let error = GraphQLError(
            "Schema is not configured to execute subscription operation.",
            at: [prepared.operation.location], in: document.source)
        return .failure(ExecutionResult(errors: [error]))
    }

    let source: EventStream
    switch await prepared.createSourceEventStream(
        rootType, resolvers: resolvers, rootValue: rootValue, context: context)
    {
    case .success(let stream): source = stream
    case .failure(let error): return .failure(ExecutionResult(errors: [error]))
    }

    let responses = AsyncThrowingStream<ExecutionResult, any Error> { continuation in
        let task = Task {
            do {
                for try await event in source.events {
                    let result = await prepared.execute(
                        rootType, resolvers: resolvers, rootValue: event, context: context)
                    continuation.yield(result)
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
    }
    return .stream(responses)
}

/// An operation chosen from its document with its variables coerced: what every event of a
/// subscription executes again.
struct PreparedOperation: Sendable {
    let schema: Schema
    let document: Document
    let operation: OperationDefinition
    let fragments: [String: FragmentDefinition]
    let variables: JSONObject

    static func make(
        _ schema: Schema, _ document: Document, _ operationName: String?, _ inputs: JSONObject?,
        maxDepth: Int, customScalars: [String: CustomScalar]
    ) -> Result<PreparedOperation, [GraphQLError]> {
        let operation: OperationDefinition
        do {
            operation = try GraphQL.operation(named: operationName, in: document)
        } catch {
            return .failure([error])
        }
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions {
            fragments[fragment.name.value] = fragment
        }
        var depth = OperationDepth(fragments: fragments)
        if depth.depth(of: operation.selectionSet) > maxDepth {
            return .failure([
                GraphQLError(
                    "Operation exceeds the maximum nesting depth of \(maxDepth).",
                    at: [operation.location], in: document.source)
            ])
        }
        let (variables, errors) = InputCoercion(schema: schema, customScalars: customScalars)
            .coerceVariables(
                operation.variableDefinitions, inputs: inputs, source: document.source)
        if !errors.isEmpty { return .failure(errors) }
        return .success(
            PreparedOperation(
                schema: schema, document: document, operation: operation, fragments: fragments,
                variables: variables))
    }

    /// CreateSourceEventStream (spec 6.2.3.1) for the first root field.
    func createSourceEventStream(
        _ rootType: ObjectType, resolvers: ResolverMap, rootValue: any Sendable,
        context: any Sendable
    ) async -> Result<EventStream, GraphQLError> {
        let collector = FieldCollector(schema: schema, fragments: fragments, variables: variables)
        guard let field = collector.collect(operation.selectionSet, on: rootType).first else {
            return .failure(GraphQLError("The subscription operation selects no field."))
        }
        let node = field.nodes[0]
        let path: [PathComponent] = [.key(field.responseKey)]
        func located(_ message: String, extensions: JSONObject? = nil) -> GraphQLError {
            var error = GraphQLError(message, at: field.nodes.map(\.location), in: document.source)
            error.path = path
            error.extensions = extensions
            return error
        }
        guard let definition = rootType.fieldsByName[field.name] else {
            return .failure(
                GraphQLError(
                    "The subscription field \"\(field.name)\" is not defined.",
                    at: field.nodes.map(\.location), in: document.source))
        }

        let arguments: JSONObject
        do {
            arguments = try InputCoercion(schema: schema, customScalars: resolvers.customScalars)
                .coerceArguments(
                    definition.arguments, node.arguments, variables: variables, at: node.location,
                    source: document.source)
        } catch {
            var error = error
            error.path = path
            return .failure(error)
        }
        let resolveContext = ResolveContext(
            parent: rootValue, arguments: arguments, context: context,
            info: ResolveInfo(
                fieldName: definition.name, parentType: rootType.name,
                returnType: definition.type, path: path, fieldNodes: field.nodes,
                schema: schema, operation: operation, fragments: fragments,
                variableValues: variables))

        if let resolver = resolvers.subscriptionResolver(rootType.name, definition.name) {
            do {
                return .success(try await resolver(resolveContext))
            } catch let error as GraphQLError {
                return .failure(
                    error.path.isEmpty
                        ? located(error.message, extensions: error.extensions) : error)
            } catch {
                return .failure(located(String(describing: error)))
            }
        }
        let member: (any Sendable)? =
            switch rootValue {
            case let object as [String: any Sendable]: object[definition.name]
            case let object as any GraphQLObject: object.graphQLField(definition.name)
            default: nil
            }
        if let stream = member as? EventStream { return .success(stream) }
        if let stream = member as? AsyncThrowingStream<any Sendable, any Error> {
            return .success(EventStream(stream))
        }
        return .failure(
            located(
                "Subscription field must return Async Iterable. Received: \(describe(member))."))
    }

    /// ExecuteSubscriptionEvent (spec 6.2.3.2): the operation run like a query on one event.
    func execute(
        _ rootType: ObjectType, resolvers: ResolverMap, rootValue: any Sendable,
        context: any Sendable
    ) async -> ExecutionResult {
        let run = ExecutionRun(
            schema: schema, resolvers: resolvers, operation: operation, fragments: fragments,
            variables: variables, context: context, source: document.source)
        let data = await run.run(rootType: rootType, rootValue: rootValue)
        return ExecutionResult(data: data, errors: run.orderedErrors)
    }

    private func describe(_ value: (any Sendable)?) -> String {
        guard let value, !isNullValue(value) else { return "undefined" }
        return Inspect.value(leafJSON(value))
    }
}
