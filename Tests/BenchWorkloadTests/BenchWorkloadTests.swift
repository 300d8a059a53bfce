import Federation
import Foundation
import Gateway
import GraphQL
import HTTP
import JSON
import Observability
import XCTest

@testable import xpgraph

/// The public gateway benchmark's query through the gateway and the four
/// benchmark subgraphs on loopback, against two independent answers: the
/// response derived by hand in bench/gateway/expected_response.py, and the
/// same query executed on one schema over the same data.
final class BenchWorkloadTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func testWorkloadThroughGatewayMatchesExpectedResponseAndSingleSchema() async throws {
        var servers: [HTTPServer] = []
        defer { for server in servers { server.stop() } }
        var definitions: [SubgraphDefinition] = []
        for name in BenchSubgraphs.names {
            let sdl = try Self.text("bench/gateway/sdl-fed1/\(name).graphql")
            let subgraph = try BenchSubgraphs.makeServer(name, sdl: sdl)
            let server = HTTPServer(port: 0, handler: subgraph.handle)
            try server.start()
            servers.append(server)
            definitions.append(
                SubgraphDefinition(
                    name: name, url: "http://127.0.0.1:\(server.boundPort)/graphql", sdl: sdl))
        }
        let supergraph = try Composer.compose(definitions)
        let gateway = Gateway(
            configuration: GatewayConfiguration(
                supergraph: supergraph, logger: Logger(level: .error, sink: .discard)))

        let body = try Self.text("bench/gateway/request.json")
        let response = await gateway.handle(
            HTTPRequest(
                method: "POST", path: "/graphql",
                headers: HTTPHeaders([("Content-Type", "application/json")]),
                body: Array(body.utf8)))

        XCTAssertEqual(response.status, 200)
        let expected = try Self.text("bench/gateway/expected-response.json")
        XCTAssertEqual(response.body.count, 87_599)
        XCTAssertEqual(response.text, expected)

        let query = try XCTUnwrap(try JSONReader.parse(body)["query"]?.stringValue)
        let reference = await execute(
            schema: supergraph.apiSchema, resolvers: SingleSchema.resolvers,
            document: try parse(query), operationName: nil, variables: nil,
            rootValue: JSON.object([:]), context: ())
        XCTAssertEqual(reference.errors, [])
        XCTAssertEqual(try JSONReader.parse(response.body)["data"], reference.data)
    }

    func testSubgraphsServeTheirFederationOneSDL() async throws {
        for name in BenchSubgraphs.names {
            let sdl = try Self.text("bench/gateway/sdl-fed1/\(name).graphql")
            let subgraph = try BenchSubgraphs.makeServer(name, sdl: sdl)
            let response = await subgraph.handle(
                HTTPRequest(
                    method: "POST", path: "/graphql",
                    headers: HTTPHeaders([("Content-Type", "application/json")]),
                    body: Array(#"{"query":"{ _service { sdl } }"}"#.utf8)))
            let served = try JSONReader.parse(response.body)["data"]?["_service"]?["sdl"]
            XCTAssertEqual(served?.stringValue, sdl, name)
        }
    }

    /// Entities must be answered in the order asked, unknown ones as null.
    func testInventoryEntitiesInOrderWithNullShippingEstimate() async throws {
        let sdl = try Self.text("bench/gateway/sdl-fed1/inventory.graphql")
        let subgraph = try BenchSubgraphs.makeServer("inventory", sdl: sdl)
        let query: JSON = [
            "query":
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc inStock shippingEstimate } } }",
            "variables": [
                "r": [
                    ["__typename": "Product", "upc": "2", "price": 1299, "weight": 1000],
                    ["__typename": "Product", "upc": "42", "price": 1, "weight": 1],
                    ["__typename": "Product", "upc": "1", "price": 899, "weight": 100],
                ]
            ],
        ]
        let response = await subgraph.handle(
            HTTPRequest(
                method: "POST", path: "/graphql",
                headers: HTTPHeaders([("Content-Type", "application/json")]),
                body: query.serializedBytes))
        let entities = try JSONReader.parse(response.body)["data"]?["_entities"]
        XCTAssertEqual(
            entities,
            [
                ["upc": "2", "inStock": false, "shippingEstimate": nil], nil,
                ["upc": "1", "inStock": true, "shippingEstimate": nil],
            ])
    }
}

/// The benchmark's data behind one schema: what the four subgraphs together mean.
enum SingleSchema {
    static func user(_ id: String) -> JSON? {
        BenchData.users.first { $0.id == id }.map { user in
            [
                "id": .string(user.id), "name": .string(user.name),
                "username": .string(user.username), "birthday": .int(BenchData.birthday),
            ]
        }
    }

    static func product(_ upc: String) -> JSON? {
        BenchData.products.first { $0.upc == upc }.map { product in
            [
                "upc": .string(product.upc), "name": .string(product.name),
                "price": .int(product.price), "weight": .int(product.weight),
                "inStock": .bool(product.inStock),
                // The reference inventory service never learns price and weight.
                "shippingEstimate": nil,
            ]
        }
    }

    static func review(_ review: BenchData.Review) -> JSON {
        ["id": .string(review.id), "body": .string(review.body), "upc": .string(review.upc)]
    }

    static let resolvers: ResolverMap = {
        var map = ResolverMap()
        map.setSync("Query", "users") { _ in BenchData.users.compactMap { user($0.id) } }
        map.setSync("Query", "me") { _ in user("1") }
        map.setSync("Query", "user") { field in field.arguments["id"]?.stringValue.flatMap(user) }
        map.setSync("Query", "topProducts") { field in
            let first = field.arguments["first"]?.intValue ?? 5
            return BenchData.products.prefix(max(0, first)).compactMap { product($0.upc) }
        }
        // Every user's reviews are reviews 1 and 2; every review's author is user 1.
        map.setSync("User", "reviews") { _ in BenchData.reviews.prefix(2).map(review) }
        map.setSync("Review", "author") { _ in user("1") }
        map.setSync("Review", "product") { field in
            ((field.parent as? JSON)?["upc"]?.stringValue).flatMap(product)
        }
        map.setSync("Product", "reviews") { field in
            let upc = (field.parent as? JSON)?["upc"]?.stringValue
            return BenchData.reviews.filter { $0.upc == upc }.map(review)
        }
        return map
    }()
}
