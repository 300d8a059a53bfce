import JSON
import XCTest

/// The gateway's introspection answer builds a client schema in graphql-js.
final class IntrospectionIntegrationTests: XCTestCase {
    func testGraphQLJSBuildsAClientSchemaFromTheGatewaysIntrospection() async throws {
        let stack = try await IntegrationStack.shared()
        let query = try await NodeScript.run(
            "process.stdout.write(require('graphql').getIntrospectionQuery())")

        let reply = try await stack.post(["query": .string(query)])
        XCTAssertEqual(reply.status, 200)
        XCTAssertNil(reply.body["errors"], reply.body.serialized)

        let printed = try await NodeScript.run(
            """
            const g = require('graphql');
            let input = '';
            process.stdin.on('data', c => input += c);
            process.stdin.on('end', () => {
              const schema = g.buildClientSchema(JSON.parse(input).data);
              process.stdout.write(g.printSchema(schema));
            });
            """, input: reply.body.serializedBytes)

        for expected in [
            "type User {", "me: User", "login(email: String!, password: String!): AuthPayload!",
            "lastLocation: Location", "forms(first: Int = 20, after: String): FormConnection!",
        ] {
            XCTAssertTrue(printed.contains(expected), "missing \(expected) in\n\(printed)")
        }
        XCTAssertFalse(printed.contains("join__"))
        XCTAssertFalse(printed.contains("_entities"))
    }
}
