import GraphQL
import HTTP
import JSON
import XCTest

@testable import Gateway

final class IntrospectionTests: XCTestCase {
    let gateway = GatewayFixtures.makeGateway()

    func testSchemaIntrospectionShowsTheAPISchemaOnly() async throws {
        let response = await gateway.handle(
            GatewayFixtures.post(["query": "{ __schema { queryType { name } types { name } } }"]))
        XCTAssertEqual(response.status, 200)
        let data = try XCTUnwrap(response.json?["data"]?["__schema"])
        XCTAssertEqual(data["queryType"], ["name": "Query"])
        let names = Set((data["types"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
        XCTAssertTrue(
            names.isSuperset(of: ["User", "Session", "Form", "Location", "Query", "Mutation"]))
        XCTAssertFalse(names.contains("join__Graph"))
        XCTAssertFalse(names.contains("link__Purpose"))
        XCTAssertFalse(names.contains("_Entity"))
    }

    func testTypeIntrospection() async {
        let response = await gateway.handle(
            GatewayFixtures.post(["query": #"{ __type(name: "Location") { fields { name } } }"#]))
        XCTAssertEqual(
            response.json?["data"]?["__type"]?["fields"],
            [
                ["name": "latitude"], ["name": "longitude"], ["name": "accuracy"],
                ["name": "recordedAt"],
            ])
    }

    /// The data half goes to the (unreachable) subgraphs; the introspection half
    /// is still answered, and root keys keep the document's order.
    func testMixedOperationAnswersBothHalvesInDocumentOrder() async throws {
        let response = await gateway.handle(
            GatewayFixtures.post(["query": "{ me { id } kind: __typename }"]))
        let data = try XCTUnwrap(response.json?["data"]?.objectValue)
        XCTAssertEqual(data.keys, ["me", "kind"])
        XCTAssertEqual(data["kind"], "Query")
        XCTAssertEqual(data["me"], .null)
        XCTAssertNotNil(response.firstErrorMessage)
    }

    func testRootSplitClassifiesThroughFragments() throws {
        let document = try GraphQL.parse(
            "query { ...F } fragment F on Query { __schema { queryType { name } } me { id } }")
        guard case .operation(let operation) = document.definitions[0] else {
            return XCTFail("expected an operation")
        }
        let split = RootSplit(operation: operation, fragments: document.fragmentsByName)
        XCTAssertEqual(split.kind, .mixed)
        XCTAssertEqual(split.responseKeys, ["__schema", "me"])
    }
}
