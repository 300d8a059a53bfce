import GraphQL
import JSON

/// Runs query plans: sends each fetch, merges results into one response,
/// rewrites subgraph errors, then shapes the response to the client's operation.
public final class PlanExecutor: Sendable {
    let supergraph: Supergraph
    let transport: any SubgraphTransport
    let timeout: Double

    public init(supergraph: Supergraph, transport: any SubgraphTransport, timeout: Double = 30) {
        self.supergraph = supergraph
        self.transport = transport
        self.timeout = timeout
    }

    /// Runs the plan. `variables` are already coerced; `headers` go to every subgraph.
    /// `extensions.xpgraph` carries `sqlStatements` and `subgraphRequests`.
    public func execute(
        _ plan: QueryPlan, document: Document, operationName: String?, variables: JSONObject,
        headers: [(String, String)]
    ) async -> ExecutionResult {
        let run = PlanRun(executor: self, variables: variables, headers: headers)
        if let node = plan.node { await run.run(node) }
        let (data, errors, statistics) = run.finish()
        var shaper = ResponseShaper(graph: supergraph.graph, variables: variables, errors: errors)
        let shaped = shaper.shape(data, operation: plan.operation)
        let extensions: JSONObject = [
            "xpgraph": [
                "sqlStatements": .int(statistics.sqlStatements),
                "subgraphRequests": .int(statistics.requests),
            ]
        ]
        return ExecutionResult(data: shaped, errors: shaper.errors, extensions: extensions)
    }
}

/// The mutable state of one plan execution, shared by parallel branches.
final class PlanRun: @unchecked Sendable {
    struct Statistics {
        var sqlStatements = 0
        var requests = 0
    }

    private let executor: PlanExecutor
    private let variables: JSONObject
    private let headers: [(String, String)]
    private let lock = Mutex()
    private var data: JSON = .object(JSONObject())
    private var errors: [GraphQLError] = []
    private var statistics = Statistics()

    init(executor: PlanExecutor, variables: JSONObject, headers: [(String, String)]) {
        self.executor = executor
        self.variables = variables
        self.headers = headers
    }

    func finish() -> (JSON, [GraphQLError], Statistics) {
        lock.withLock { (data, errors, statistics) }
    }

    func run(_ node: PlanNode) async {
        switch node {
        case .fetch(let fetch):
            await runRootFetch(fetch)
        case .flatten(let path, let fetch):
            await runEntityFetch(fetch, path: path)
        case .sequence(let nodes):
            for child in nodes { await run(child) }
        case .parallel(let nodes):
            await withTaskGroup(of: Void.self) { group in
                for child in nodes { group.addTask { await self.run(child) } }
            }
        case .condition(let variable, let ifTrue, let ifFalse):
            let chosen = variables[variable]?.boolValue == true ? ifTrue : ifFalse
            if let chosen { await run(chosen) }
        }
    }

    private func body(
        _ fetch: FetchNode, representations: [JSON]?, context: JSONObject = JSONObject()
    ) -> [UInt8] {
        var writer = JSONWriter(capacity: fetch.bodyPrefix.count + 256)
        writer.bytes.append(contentsOf: fetch.bodyPrefix)
        var values = JSONObject()
        for name in fetch.variableUsages {
            if let value = variables[name] { values.append(name, value) }
        }
        if let representations { values.append("representations", .array(representations)) }
        for member in context.members { values.append(member.key, member.value) }
        writer.write(.object(values))
        writer.writeRaw("}")
        return writer.bytes
    }

    /// Sends a fetch; nil (with an error recorded) when no usable response came back.
    private func send(_ fetch: FetchNode, body: [UInt8], errorPath: [PathComponent]) async
        -> JSONObject?
    {
        let url = executor.supergraph.graph.graphURLs[fetch.graph]
        do {
            let bytes = try await executor.transport.send(
                subgraph: fetch.serviceName, url: url, body: body, headers: headers,
                timeout: executor.timeout)
            let response = try JSONReader.parse(bytes)
            guard case .object(let object) = response else {
                throw SubgraphResponseError(message: "the response is not a JSON object")
            }
            return object
        } catch {
            let message =
                error is JSONError || error is SubgraphResponseError
                ? "HTTP fetch failed from '\(fetch.serviceName)': subgraph response is invalid: \(error)"
                : (error is SubgraphTimeout
                    ? "HTTP fetch failed from '\(fetch.serviceName)': request timed out"
                    : "\(error)".hasPrefix("HTTP fetch failed")
                        ? "\(error)" : "HTTP fetch failed from '\(fetch.serviceName)': \(error)")
            let failure = GraphQLError(
                message, path: errorPath,
                extensions: [
                    "code": "SUBREQUEST_HTTP_ERROR", "serviceName": .string(fetch.serviceName),
                ])
            lock.withLock {
                statistics.requests += 1
                errors.append(failure)
            }
            return nil
        }
    }

    private func runRootFetch(_ fetch: FetchNode) async {
        guard
            let response = await send(fetch, body: body(fetch, representations: nil), errorPath: [])
        else { return }
        let newErrors = Self.errors(in: response, fetch: fetch) { [$0] }
        lock.withLock {
            record(response)
            errors += newErrors
            if let incoming = response["data"], case .object = incoming {
                JSONPaths.deepMerge(&data, incoming)
            }
        }
    }

    private func runEntityFetch(_ fetch: FetchNode, path: [String]) async {
        let (batch, contexts) = lock.withLock { () -> (EntityBatch, [JSONObject]) in
            let batch = EntityBatch(data: data, path: path, fetch: fetch)
            guard !fetch.contextUses.isEmpty else { return (batch, []) }
            return (
                batch,
                batch.entities.map {
                    EntityBatch.contextValues(at: $0.path, in: data, fetch.contextUses)
                }
            )
        }
        guard !batch.representations.isEmpty else { return }
        guard !fetch.contextUses.isEmpty else {
            await sendEntities(fetch, batch)
            return
        }
        // Entities whose contexts differ need separate requests: one per distinct value set.
        var groups: [(context: JSONObject, entities: [Int])] = []
        for (index, context) in contexts.enumerated() {
            if let group = groups.firstIndex(where: { JSON.object($0.context) == .object(context) })
            {
                groups[group].entities.append(index)
            } else {
                groups.append((context, [index]))
            }
        }
        await withTaskGroup(of: Void.self) { tasks in
            for group in groups {
                let part = EntityBatch(batch, entities: group.entities)
                tasks.addTask { await self.sendEntities(fetch, part, context: group.context) }
            }
        }
    }

    private func sendEntities(
        _ fetch: FetchNode, _ batch: EntityBatch, context: JSONObject = JSONObject()
    ) async {
        let errorPath = batch.representationPaths.first ?? []
        guard
            let response = await send(
                fetch,
                body: body(fetch, representations: batch.representations, context: context),
                errorPath: errorPath)
        else { return }
        // `["_entities", i, ...]` is every entity that representation i stands for,
        // as a single server would report one error per position.
        let newErrors = Self.errors(in: response, fetch: fetch) { path in
            guard path.count >= 2, path[0] == .key("_entities"), case .index(let index) = path[1],
                batch.representationPaths.indices.contains(index)
            else { return [path.first == .key("_entities") ? [] : path] }
            return batch.entities.filter { $0.representation == index }.map {
                $0.path + path.dropFirst(2)
            }
        }
        let results = response["data"]?["_entities"]?.arrayValue ?? []
        let graph = executor.supergraph.graph
        lock.withLock {
            record(response)
            errors += newErrors
            if results.count != batch.representations.count, response["errors"] == nil {
                errors.append(
                    GraphQLError(
                        "Subgraph \"\(fetch.serviceName)\" returned \(results.count) entities for \(batch.representations.count) representations.",
                        path: errorPath,
                        extensions: [
                            "code": "DOWNSTREAM_SERVICE_ERROR",
                            "serviceName": .string(fetch.serviceName),
                        ]))
            }
            JSONPaths.modify(&data, atEach: batch.entities.map(\.path)) { position, target in
                let representation = batch.entities[position].representation
                guard results.indices.contains(representation),
                    case .object(var result) = results[representation]
                else { return }
                // The entity's runtime type stays (an @interfaceObject answers with
                // the interface's name).
                // An entity interface's subgraph tells the real type of an entity
                // first met as an @interfaceObject, though.
                if let known = target["__typename"]?.stringValue,
                    graph.types[known]?.kind != .interface
                {
                    result["__typename"] = nil
                }
                JSONPaths.deepMerge(&target, .object(result))
            }
        }
    }

    /// Counts the request and adds the subgraph's SQL statement count.
    private func record(_ response: JSONObject) {
        statistics.requests += 1
        if let count = response["extensions"]?["xpgraph"]?["sqlStatements"]?.intValue {
            statistics.sqlStatements += count
        }
    }

    /// The subgraph's errors with paths rewritten (one error per rewritten path),
    /// `serviceName` and a default code added.
    private static func errors(
        in response: JSONObject, fetch: FetchNode,
        rewrite: ([PathComponent]) -> [[PathComponent]]
    ) -> [GraphQLError] {
        guard let list = response["errors"]?.arrayValue else { return [] }
        return list.flatMap { item -> [GraphQLError] in
            let message = item["message"]?.stringValue ?? "Subgraph error"
            var path: [PathComponent] = []
            for component in item["path"]?.arrayValue ?? [] {
                if let key = component.stringValue { path.append(.key(key)) }
                if let index = component.intValue { path.append(.index(index)) }
            }
            var extensions = item["extensions"]?.objectValue ?? JSONObject()
            if extensions["code"] == nil { extensions["code"] = "DOWNSTREAM_SERVICE_ERROR" }
            extensions["serviceName"] = .string(fetch.serviceName)
            let paths = path.isEmpty ? [[]] : rewrite(path)
            return paths.map { GraphQLError(message, path: $0, extensions: extensions) }
        }
    }
}

struct SubgraphResponseError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
