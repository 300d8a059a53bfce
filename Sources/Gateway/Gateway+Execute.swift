import Federation
import GraphQL
import HTTP
import JSON

/// An operation that passed every check before execution.
struct PreparedOperation: Sendable {
    var query: String
    var document: Document
    var operation: OperationDefinition
    var operationName: String?
    var variables: JSONObject
}

extension Gateway {
    /// Stage 9: run the operation: introspection locally, data through the subgraphs.
    func execute(
        _ prepared: PreparedOperation, http: HTTPRequest
    ) async throws(RequestFailure) -> ExecutionResult {
        let fragments = prepared.document.fragmentsByName
        let split = RootSplit(operation: prepared.operation, fragments: fragments)

        switch split.kind {
        case .introspectionOnly:
            return await introspect(prepared.document, prepared)
        case .dataOnly:
            return try await fetch(prepared.document, prepared, isDataPart: false, http: http)
        case .mixed:
            let local = RootSplit.filter(
                prepared.document, operation: prepared.operation, fragments: fragments,
                keep: RootSplit.isIntrospection)
            let remote = RootSplit.filter(
                prepared.document, operation: prepared.operation, fragments: fragments,
                keep: { !RootSplit.isIntrospection($0) })
            async let introspection = introspect(local, prepared)
            let data = try await fetch(remote, prepared, isDataPart: true, http: http)
            return Self.merge(data, await introspection, keys: split.responseKeys)
        }
    }

    private func fetch(
        _ document: Document, _ prepared: PreparedOperation, isDataPart: Bool, http: HTTPRequest
    ) async throws(RequestFailure) -> ExecutionResult {
        let key = PlanKey(
            query: prepared.query, operationName: prepared.operationName, isDataPart: isDataPart)
        let plan = try plan(document, operationName: prepared.operationName, key: key)
        return await executor.execute(
            plan, document: document, operationName: prepared.operationName,
            variables: prepared.variables, headers: Self.forwardedHeaders(http))
    }

    /// Headers the subgraphs see: the caller's credentials and the debug switch.
    static func forwardedHeaders(_ http: HTTPRequest) -> [(String, String)] {
        var headers: [(String, String)] = []
        if let authorization = http.headers["Authorization"] {
            headers.append(("Authorization", authorization))
        }
        if let debug = http.headers["X-XPGraph-Debug"] {
            headers.append(("X-XPGraph-Debug", debug))
        }
        return headers
    }

    /// Both halves of a mixed operation, root keys in document order.
    static func merge(
        _ data: ExecutionResult, _ introspection: ExecutionResult, keys: [String]
    ) -> ExecutionResult {
        var merged = data
        merged.errors = data.errors + introspection.errors
        guard case .object(let remote)? = data.data, case .object(let local)? = introspection.data
        else {
            // One half nulled its root (a non-null field failed), which nulls the whole response.
            merged.data = data.data == nil && introspection.data == nil ? nil : .null
            return merged
        }
        var object = JSONObject()
        for key in keys {
            if let value = remote[key] ?? local[key] { object.append(key, value) }
        }
        merged.data = .object(object)
        return merged
    }
}
