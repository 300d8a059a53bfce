import GraphQL
import JSON

/// A GraphQL service whose every field answers from one JSON document (see `MockResolvers`).
public struct MockService: Sendable {
    public let schema: Schema
    /// The root value of every operation type.
    public let root: JSON
    let resolvers: ResolverMap

    /// Builds the schema from SDL and checks it can execute.
    ///
    /// With `isAsynchronous`, every field resolves as a suspending resolver would (the same
    /// answers, through the executor's concurrent path).
    public init(sdl: String, root: JSON, isAsynchronous: Bool = false) throws(MockError) {
        let schema: Schema
        do {
            schema = try Schema(document: parse(sdl, limits: .schema))
        } catch {
            throw MockError("The schema is invalid: \(error)")
        }
        try self.init(schema: schema, root: root, isAsynchronous: isAsynchronous)
    }

    /// Refuses a schema that fails graphql-js's `validateSchema` with every one of its
    /// errors (message and location), as graphql-js would refuse to execute it.
    public init(schema: Schema, root: JSON, isAsynchronous: Bool = false) throws(MockError) {
        let schemaErrors = validateSchema(schema)
        if !schemaErrors.isEmpty {
            let errors = schemaErrors.map(\.description).joined(separator: "\n\n")
            throw MockError("The schema is invalid: \(errors)")
        }
        guard case .object = root else {
            throw MockError("The data must be a JSON object, not \(root.kindName).")
        }
        self.schema = schema
        self.root = root
        self.resolvers = MockResolvers.make(for: schema, isAsynchronous: isAsynchronous)
    }

    /// Parses, validates and executes one request (graphql-js `graphql()`): syntax and
    /// validation errors give a response without `data`.
    public func execute(
        _ query: String, operationName: String? = nil, variables: JSONObject? = nil
    ) async -> ExecutionResult {
        await graphql(
            schema: schema, resolvers: resolvers, source: query, operationName: operationName,
            variables: variables, rootValue: root)
    }

    /// Executes an already parsed and validated document.
    public func execute(
        _ document: Document, operationName: String? = nil, variables: JSONObject? = nil
    ) async -> ExecutionResult {
        await GraphQL.execute(
            schema: schema, resolvers: resolvers, document: document,
            operationName: operationName, variables: variables, rootValue: root)
    }
}

/// Why a mock service could not start: an unreadable or invalid schema or data document.
public struct MockError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension JSON {
    fileprivate var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
