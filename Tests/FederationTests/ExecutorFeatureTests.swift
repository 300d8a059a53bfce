import Federation
import Foundation
import GraphQL
import JSON
import XCTest

/// Plan execution over the features supergraph: results against single-schema
/// execution, subgraph errors, failures and null propagation.
final class ExecutorFeatureTests: XCTestCase {
    private let variables: JSONObject = [
        "id": "p1", "withReviews": true, "noPrice": false, "term": "x",
    ]

    private func run(
        _ query: String, variables: JSONObject? = nil, timeout: Double = 5,
        configure: (EngineTransport) -> Void = { _ in }
    ) async throws -> (
        federated: ExecutionResult, reference: ExecutionResult, transport: EngineTransport
    ) {
        let supergraph = PlannerTests.features
        let world = Worlds.features
        let transport = try EngineTransport(subgraphs: Fixture.featureSubgraphs, world: world)
        configure(transport)
        let document = try parse(query)
        let plan = try QueryPlanner(supergraph: supergraph).plan(document, operationName: nil)
        let federated = await PlanExecutor(
            supergraph: supergraph, transport: transport, timeout: timeout
        )
        .execute(
            plan, document: document, operationName: nil,
            variables: variables ?? self.variables, headers: [])
        let reference = await execute(
            schema: supergraph.apiSchema, resolvers: world.resolvers(for: supergraph.apiSchema),
            document: document,
            variables: variables ?? self.variables, rootValue: world.root)
        return (federated, reference, transport)
    }

    func testEveryFeatureQueryMatchesSingleSchema() async throws {
        let folder = Fixture.directory.appendingPathComponent("plans/features")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".graphql") }.sorted()
        for file in files {
            for overrides in [JSONObject(), ["withReviews": false, "noPrice": true]] {
                var values = variables
                for member in overrides { values[member.key] = member.value }
                let result = try await run(
                    Fixture.text("plans/features/\(file)"), variables: values)
                XCTAssertEqual(result.reference.errors, [], file)
                XCTAssertEqual(result.federated.errors, [], file)
                XCTAssertEqual(result.federated.data, result.reference.data, file)
                XCTAssertNotNil(result.federated.data?.objectValue, file)
            }
        }
    }

    func testInjectedKeysDoNotLeakAndAliasesStay() async throws {
        let result = try await run("{ product(id: \"p1\") { id: name sku cost: shippingCost } }")
        XCTAssertEqual(
            result.federated.data, ["product": ["id": "Product 1", "sku": "sku-1", "cost": 11]])
    }

    func testRepresentationsAreDeduplicatedAndMappedBack() async throws {
        let result = try await run("{ products { id shippingCost } }")
        XCTAssertEqual(result.federated.data, result.reference.data)
        let entityRequest = result.transport.requests.first { $0.subgraph == "shipping" }
        XCTAssertEqual(entityRequest?.body["variables"]?["representations"]?.arrayValue?.count, 3)
        XCTAssertEqual(
            entityRequest?.body["variables"]?["representations"]?[0],
            ["__typename": "Product", "id": "p1", "price": 10, "weight": 1])
        XCTAssertEqual(result.federated.data?["products"]?[2]?["shippingCost"], 11)
    }

    func testEntityErrorPathsPointAtTheEntity() async throws {
        let result = try await run("{ products { name reviews { body } } }") { transport in
            transport.canned["reviews"] = [
                "data": ["_entities": [["reviews": []], .null, ["reviews": [["body": "ok"]]]]],
                "errors": [["message": "boom", "path": ["_entities", 1, "reviews"]]],
            ]
        }
        XCTAssertEqual(result.federated.errors.count, 1)
        let error = try XCTUnwrap(result.federated.errors.first)
        XCTAssertEqual(error.message, "boom")
        XCTAssertEqual(error.path, [.key("products"), .index(1), .key("reviews")])
        XCTAssertEqual(error.extensions?["serviceName"], "reviews")
        XCTAssertEqual(error.extensions?["code"], "DOWNSTREAM_SERVICE_ERROR")
        // products is [Product!]!: the null at products.1 empties the whole response.
        XCTAssertEqual(result.federated.data, .null)
    }

    func testEntityErrorOfASharedRepresentationReachesEveryPosition() async throws {
        // products are p1, p2, p1, p3: representation 0 stands for positions 0 and 2.
        let result = try await run("{ products { name reviews { body } } }") { transport in
            transport.canned["reviews"] = [
                "data": ["_entities": [.null, ["reviews": []], ["reviews": []]]],
                "errors": [["message": "boom", "path": ["_entities", 0]]],
            ]
        }
        XCTAssertEqual(
            result.federated.errors.map(\.path),
            [[.key("products"), .index(0)], [.key("products"), .index(2)]])
    }

    func testFailingSubgraphGivesPartialData() async throws {
        let result = try await run(
            "{ product(id: \"p1\") { name shippingCost } topReviews { body } }"
        ) {
            $0.failing = ["shipping"]
        }
        XCTAssertEqual(result.federated.data, ["product": .null, "topReviews": [["body": "Top"]]])
        XCTAssertEqual(result.federated.errors.count, 1)
        XCTAssertEqual(result.federated.errors.first?.extensions?["serviceName"], "shipping")
        XCTAssertEqual(result.federated.errors.first?.extensions?["code"], "SUBREQUEST_HTTP_ERROR")
        XCTAssertEqual(result.federated.errors.first?.path, [.key("product")])
    }

    func testSlowSubgraphTimesOutWithPartialData() async throws {
        let started = Date()
        let result = try await run(
            "{ product(id: \"p1\") { name reviews { body } } node(id: \"b1\") { id } }",
            timeout: 0.2
        ) {
            $0.slow = ["reviews"]
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
        // Product.reviews is non-null: without it the product is null; the rest stays.
        XCTAssertEqual(result.federated.data, ["product": .null, "node": ["id": "b1"]])
        XCTAssertEqual(result.federated.errors.count, 1)
        let error = try XCTUnwrap(result.federated.errors.first)
        XCTAssertEqual(error.extensions?["serviceName"], "reviews")
        XCTAssertEqual(error.extensions?["code"], "SUBREQUEST_HTTP_ERROR")
        XCTAssertTrue(error.message.hasSuffix("request timed out"), error.message)
        XCTAssertEqual(error.path, [.key("product")])
    }

    func testNullInNonNullFieldPropagatesWithAnError() async throws {
        let result = try await run("{ product(id: \"p1\") { name price } }") { transport in
            transport.canned["catalog"] = ["data": ["product": ["name": .null, "price": 3]]]
        }
        XCTAssertEqual(result.federated.data, ["product": .null])
        XCTAssertEqual(
            result.federated.errors,
            [
                GraphQLError(
                    "Cannot return null for non-nullable field Product.name.",
                    path: [.key("product"), .key("name")])
            ])
    }

    func testRootErrorsKeepTheirPathAndGainServiceName() async throws {
        let result = try await run("{ product(id: \"p1\") { name } }") { transport in
            transport.canned["catalog"] = [
                "data": ["product": .null],
                "errors": [
                    ["message": "denied", "path": ["product"], "extensions": ["code": "FORBIDDEN"]]
                ],
            ]
        }
        XCTAssertEqual(result.federated.data, ["product": .null])
        XCTAssertEqual(
            result.federated.errors,
            [
                GraphQLError(
                    "denied", path: [.key("product")],
                    extensions: ["code": "FORBIDDEN", "serviceName": "catalog"])
            ])
    }

    func testAbstractTypesAnswerTypenameAndApplyFragmentsByRuntimeType() async throws {
        let result = try await run(
            "{ search(term: \"x\") { __typename ... on Book { title } ... on Movie { minutes } } }")
        XCTAssertEqual(
            result.federated.data,
            [
                "search": [
                    ["__typename": "Book", "title": "A Book"],
                    ["__typename": "Movie", "minutes": 90],
                ]
            ])
    }

    func testSubgraphRequestsAreCounted() async throws {
        let result = try await run(Fixture.text("plans/features/key-choice.graphql"))
        XCTAssertEqual(
            result.federated.extensions?["xpgraph"], ["sqlStatements": 6, "subgraphRequests": 3])
        XCTAssertEqual(result.federated.data, result.reference.data)
    }
}
