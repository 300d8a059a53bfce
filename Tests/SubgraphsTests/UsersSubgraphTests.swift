import JSON
import XCTest

@testable import XPSubgraphs

final class UsersSubgraphTests: StackTestCase {
    /// User 1 is the seed's administrator: the directory and activity are staff-only.
    private func asAdmin(_ query: String, variables: JSONObject? = nil) async throws -> JSON {
        try await stack.graphql(
            .users, query, variables: variables,
            token: stack.token(user: 1, session: 1, role: "ADMIN"))
    }

    func testDirectoryAndActivityAreForStaffOnly() async throws {
        let anonymous = try await stack.graphql(.users, "{ users(first: 1) { totalCount } }")
        XCTAssertEqual(anonymous["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")

        let rows = try await stack.rows(
            "SELECT id FROM users WHERE role = 'MEMBER' ORDER BY id LIMIT 2")
        let member = try XCTUnwrap(rows.first?.int("id"))
        let other = try XCTUnwrap(rows.last?.int("id"))
        let memberToken = stack.token(user: member, session: 1, role: "MEMBER")
        let listed = try await stack.graphql(
            .users, "{ users(first: 1) { totalCount } }", token: memberToken)
        XCTAssertEqual(listed["errors"]?[0]?["extensions"]?["code"], "FORBIDDEN")

        let own = try await stack.graphql(
            .users, "{ user(id: \"\(member)\") { lastLogin activity(first: 1) { totalCount } } }",
            token: memberToken)
        XCTAssertNil(own["errors"], own.serialized)
        XCTAssertNotNil(own["data"]?["user"]?["activity"]?["totalCount"]?.intValue)

        let theirs = try await stack.graphql(
            .users, "{ user(id: \"\(other)\") { name activity(first: 1) { totalCount } } }",
            token: memberToken)
        XCTAssertEqual(theirs["errors"]?[0]?["extensions"]?["code"], "FORBIDDEN")
        XCTAssertEqual(theirs["errors"]?[0]?["path"], ["user", "activity"])
    }

    func testUserByIDMatchesTheRow() async throws {
        let body = try await asAdmin(
            "{ user(id: \"3\") { id email name role isActive } missing: user(id: \"999\") { id } }")
        let row = try await stack.rows(
            "SELECT email, name, role, is_active FROM users WHERE id = 3")[0]
        XCTAssertEqual(
            body["data"]?["user"],
            [
                "id": "3", "email": .string(row["email"]!), "name": .string(row["name"]!),
                "role": .string(row["role"]!), "isActive": .bool(row.bool("is_active")!),
            ])
        XCTAssertEqual(body["data"]?["missing"], .null)
    }

    func testUsersPageThroughWithCursors() async throws {
        let first = try await asAdmin(
            "{ users(first: 3) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }")
        let page = try XCTUnwrap(first["data"]?["users"])
        XCTAssertEqual(page["nodes"], [["id": "1"], ["id": "2"], ["id": "3"]])
        XCTAssertEqual(page["totalCount"], 40)
        XCTAssertEqual(page["pageInfo"]?["hasNextPage"], true)
        let cursor = try XCTUnwrap(page["pageInfo"]?["endCursor"]?.stringValue)

        let second = try await asAdmin(
            "query ($after: String) { users(first: 2, after: $after) { edges { node { id } } } }",
            variables: ["after": .string(cursor)])
        XCTAssertEqual(
            second["data"]?["users"]?["edges"], [["node": ["id": "4"]], ["node": ["id": "5"]]])
    }

    func testUsersFilterByRole() async throws {
        let body = try await asAdmin(
            "{ users(first: 100, filter: {role: ADMIN}) { nodes { id role } } }")
        let expected = try await stack.rows("SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id")
        XCTAssertEqual(
            body["data"]?["users"]?["nodes"],
            .array(expected.map { ["id": .string($0["id"]!), "role": "ADMIN"] }))
    }

    func testFirstAboveTheLimitIsAClearError() async throws {
        let body = try await asAdmin("{ users(first: 101) { totalCount } }")
        XCTAssertEqual(
            body["errors"]?[0]?["message"], "Argument \"first\" must be at most 100, got 101.")
        XCTAssertEqual(body["errors"]?[0]?["extensions"]?["code"], "BAD_USER_INPUT")
    }

    func testActivityOfManyUsersIsOneStatementPlusOneCount() async throws {
        let body = try await asAdmin(
            """
            { users(first: 10) { nodes { id activity(first: 2) { totalCount nodes { id actionType } } } } }
            """)
        let nodes = try XCTUnwrap(body["data"]?["users"]?["nodes"]?.arrayValue)
        XCTAssertEqual(nodes.count, 10)
        let expected = try await stack.rows(
            "SELECT id, action_type FROM user_activity_logs WHERE user_id = 1 "
                + "ORDER BY created_at DESC, id DESC LIMIT 2")
        XCTAssertEqual(
            nodes[0]["activity"]?["nodes"],
            .array(
                expected.map {
                    ["id": .string($0["id"]!), "actionType": .string($0["action_type"]!)]
                }))
        XCTAssertEqual(nodes[0]["activity"]?["totalCount"], 5)
        // users page, activity pages, activity counts (the staff check reads the token).
        XCTAssertEqual(body["extensions"]?["xpgraph"]?["sqlStatements"], 3)
    }

    func testEntitiesComeBackInOrderWithNullForUnknownIDs() async throws {
        let body = try await asAdmin(
            "query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }",
            variables: [
                "r": [
                    ["__typename": "User", "id": "2"], ["__typename": "User", "id": "4000"],
                    ["__typename": "User", "id": "1"],
                ]
            ])
        XCTAssertEqual(
            body["data"]?["_entities"],
            [
                ["id": "2", "email": "user2@example.test"], nil,
                ["id": "1", "email": "user1@example.test"],
            ])
        XCTAssertEqual(body["extensions"]?["xpgraph"]?["sqlStatements"], 1)
    }
}
