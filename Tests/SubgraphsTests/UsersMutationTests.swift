import JSON
import XCTest

@testable import XPSubgraphs

final class UsersMutationTests: StackTestCase {
    func testSignUpThenChangeOwnNameButNotOthers() async throws {
        let created = try await stack.graphql(
            .users,
            """
            mutation { createUser(input: {email: "New.Person@Example.test", name: " New Person ", password: "long-enough"}) {
              id email name role isActive } }
            """)
        let user = try XCTUnwrap(created["data"]?["createUser"])
        XCTAssertEqual(user["email"], "new.person@example.test")
        XCTAssertEqual(user["name"], "New Person")
        XCTAssertEqual(user["role"], "MEMBER")
        XCTAssertEqual(user["isActive"], true)
        let id = try XCTUnwrap(user["id"]?.stringValue.flatMap { Int($0) })
        let stored = try await stack.rows(
            "SELECT password_hash FROM users WHERE id = $1", [.int(id)])
        XCTAssertTrue(stored[0]["password_hash"]?.hasPrefix("$argon2id$") ?? false)

        let duplicate = try await stack.graphql(
            .users,
            "mutation { createUser(input: {email: \"new.person@example.test\", name: \"X\", password: \"long-enough\"}) { id } }"
        )
        XCTAssertEqual(
            duplicate["errors"]?[0]?["message"], "A user with this email already exists.")

        let token = stack.token(user: id, session: 1)
        let renamed = try await stack.graphql(
            .users,
            "mutation ($id: ID!) { updateUser(id: $id, input: {name: \"Renamed\"}) { name } }",
            variables: ["id": .string(String(id))], token: token)
        XCTAssertEqual(renamed["data"]?["updateUser"], ["name": "Renamed"])

        let other = try await stack.graphql(
            .users, "mutation { deactivateUser(id: \"2\") { isActive } }", token: token)
        XCTAssertEqual(other["errors"]?[0]?["extensions"]?["code"], "FORBIDDEN")

        let promote = try await stack.graphql(
            .users, "mutation ($id: ID!) { updateUser(id: $id, input: {role: ADMIN}) { role } }",
            variables: ["id": .string(String(id))], token: token)
        XCTAssertEqual(promote["errors"]?[0]?["message"], "Only an administrator can change roles.")
    }

    func testAnAdministratorMayDeactivateOthers() async throws {
        // user1 is the seeded ADMIN.
        let body = try await stack.graphql(
            .users, "mutation { deactivateUser(id: \"3\") { id isActive } }",
            token: stack.token(user: 1, session: 1))
        XCTAssertEqual(body["data"]?["deactivateUser"], ["id": "3", "isActive": false])
        let row = try await stack.rows("SELECT is_active FROM users WHERE id = 3")
        XCTAssertEqual(row[0].bool("is_active"), false)
    }
}
