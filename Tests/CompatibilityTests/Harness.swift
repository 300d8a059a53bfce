import Federation
import Foundation
import GraphQL
import HTTP
import JSON
import NodeSupport
import SubgraphKit

/// Carries subgraph requests to in-process `SubgraphServer`s, through their
/// HTTP handler, and counts them per subgraph.
final class InProcessTransport: SubgraphTransport, @unchecked Sendable {
    let servers: [String: SubgraphServer]
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(servers: [String: SubgraphServer]) { self.servers = servers }

    func send(subgraph: String, url: String, body: [UInt8], headers: [(String, String)])
        async throws -> [UInt8]
    {
        guard let server = servers[subgraph] else {
            throw GraphQLError("No subgraph named \(subgraph)")
        }
        lock.withLock { counts[subgraph, default: 0] += 1 }
        var httpHeaders = HTTPHeaders()
        httpHeaders.set("Content-Type", "application/json")
        httpHeaders.set("Accept", "application/json")
        for (name, value) in headers { httpHeaders.set(name, value) }
        let request = HTTPRequest(
            method: "POST", path: "/graphql", headers: httpHeaders, body: body)
        return await server.handle(request).body
    }

    var requestCounts: [String: Int] { lock.withLock { counts } }
}

/// Requests straight to the products subgraph, as the suite's `productsRequest`.
struct ProductsClient {
    let products: SubgraphServer

    /// A request straight to the products subgraph, as the suite's `productsRequest`.
    func productsRequest(
        _ query: String, variables: JSONObject? = nil, headers: [(String, String)] = []
    ) async throws -> JSON {
        var payload: JSONObject = ["query": .string(query)]
        if let variables { payload["variables"] = .object(variables) }
        var httpHeaders = HTTPHeaders()
        httpHeaders.set("Content-Type", "application/json")
        httpHeaders.set("Accept", "application/json")
        for (name, value) in headers { httpHeaders.set(name, value) }
        let response = await products.handle(
            HTTPRequest(
                method: "POST", path: "/graphql", headers: httpHeaders,
                body: JSON.object(payload).serializedBytes))
        return try JSONReader.parse(response.body)
    }

    /// The products subgraph's `_service.sdl`, with ignored characters stripped by graphql-js.
    func strippedServiceSDL() async throws -> String {
        let response = try await productsRequest("query { _service { sdl } }")
        let sdl = response["data"]?["_service"]?["sdl"]?.stringValue ?? ""
        return try await NodeScript.run(
            "const g = require('graphql'); let s = '';"
                + "process.stdin.on('data', c => s += c);"
                + "process.stdin.on('end', () => process.stdout.write(g.stripIgnoredCharacters(s)));",
            input: Array(sdl.utf8))
    }
}

/// The suite's three subgraphs, composed, behind our planner and executor.
struct Compatibility {
    let transport: InProcessTransport
    let supergraph: Supergraph
    let planner: QueryPlanner
    let executor: PlanExecutor

    static func make() throws -> Compatibility {
        let products = try Subgraphs.makeProducts()
        let servers = [
            "products": products, "users": try Subgraphs.makeUsers(),
            "inventory": try Subgraphs.makeInventory(),
        ]
        let supergraph = try Composer.compose([
            SubgraphDefinition(name: "products", url: "http://products", sdl: Schemas.products),
            SubgraphDefinition(name: "users", url: "http://users", sdl: Schemas.users),
            SubgraphDefinition(name: "inventory", url: "http://inventory", sdl: Schemas.inventory),
        ])
        let transport = InProcessTransport(servers: servers)
        return Compatibility(
            transport: transport, supergraph: supergraph,
            planner: QueryPlanner(supergraph: supergraph),
            executor: PlanExecutor(supergraph: supergraph, transport: transport))
    }

    /// A request through the gateway's stages: parse, validate, coerce, plan, execute.
    func routerRequest(_ query: String, variables: JSONObject = [:]) async throws -> JSON {
        let document = try parse(query)
        let errors = validate(document, against: supergraph.apiSchema)
        guard errors.isEmpty else { return ["errors": .array(errors.map(\.json))] }
        let operation = try GraphQL.operation(named: nil, in: document)
        let coerced: JSONObject
        switch coerceVariableValues(
            schema: supergraph.apiSchema, operation: operation, inputs: variables)
        {
        case .success(let values): coerced = values
        case .failure(let errors): return ["errors": .array(errors.map(\.json))]
        }
        let plan = try planner.plan(document, operationName: nil)
        let result = await executor.execute(
            plan, document: document, operationName: nil, variables: coerced, headers: [])
        var body = JSONObject()
        if !result.errors.isEmpty { body["errors"] = .array(result.errors.map(\.json)) }
        body["data"] = result.data ?? .null
        return .object(body)
    }
}

/// graphql-js under node, shared by the differential tests.
typealias NodeScript = NodeProcess
