import JSON
import XCTest

@testable import XPSubgraphs

final class AuthSubgraphTests: StackTestCase {
    static let login = """
        mutation ($email: String!, $password: String!) {
          login(email: $email, password: $password) { accessToken refreshToken expiresAt user { id } }
        }
        """
    static let refresh = """
        mutation ($token: String!) { refresh(refreshToken: $token) { accessToken refreshToken user { id } } }
        """

    func signIn(_ email: String, _ password: String) async throws -> JSON {
        try await stack.graphql(
            .auth, Self.login, variables: ["email": .string(email), "password": .string(password)])
    }

    func testWrongPasswordAndUnknownEmailReadTheSame() async throws {
        for (email, password) in [
            ("user1@example.test", "wrong-password"), ("nobody@example.test", "demo-password"),
        ] {
            let body = try await signIn(email, password)
            XCTAssertEqual(body["data"], .null)
            XCTAssertEqual(body["errors"]?[0]?["message"], "Invalid email or password.")
            XCTAssertEqual(body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
        }
    }

    func testRepeatedFailuresLockTheAccountOnly() async throws {
        for _ in 0..<FailedSignIns.limit {
            let body = try await signIn("user7@example.test", "guess")
            XCTAssertEqual(body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
        }
        let locked = try await signIn("user7@example.test", "demo-password")
        XCTAssertEqual(locked["data"], .null)
        XCTAssertEqual(locked["errors"]?[0]?["extensions"]?["code"], "TOO_MANY_ATTEMPTS")

        let other = try await signIn("user8@example.test", "demo-password")
        XCTAssertNotNil(other["data"]?["login"]?["accessToken"]?.stringValue, other.serialized)
    }

    func testSuccessClearsEarlierFailures() async throws {
        for _ in 0..<(FailedSignIns.limit - 1) {
            _ = try await signIn("user9@example.test", "guess")
        }
        let good = try await signIn("user9@example.test", "demo-password")
        XCTAssertNotNil(good["data"]?["login"]?["accessToken"]?.stringValue, good.serialized)
        let wrongAgain = try await signIn("user9@example.test", "guess")
        XCTAssertEqual(wrongAgain["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
    }

    func testLoginRefreshOnceAndLogout() async throws {
        let login = try await signIn("user2@example.test", "demo-password")
        let payload = try XCTUnwrap(login["data"]?["login"])
        XCTAssertEqual(payload["user"], ["id": "2"])
        let access = try XCTUnwrap(payload["accessToken"]?.stringValue)
        let refresh = try XCTUnwrap(payload["refreshToken"]?.stringValue)

        let me = try await stack.graphql(
            .auth,
            "{ me { id sessions(active: true) { id isActive } } session { id user { id } } }",
            token: access)
        let sessionID = try XCTUnwrap(me["data"]?["session"]?["id"])
        XCTAssertEqual(me["data"]?["me"]?["id"], "2")
        XCTAssertEqual(me["data"]?["session"]?["user"], ["id": "2"])
        XCTAssertTrue(
            me["data"]?["me"]?["sessions"]?.arrayValue?.contains([
                "id": sessionID, "isActive": true,
            ])
                ?? false)
        let row = try await stack.rows(
            "SELECT user_id, is_active FROM user_sessions WHERE id = $1",
            [.int(Int(sessionID.stringValue!)!)])
        XCTAssertEqual(row[0].int("user_id"), 2)

        let renewed = try await stack.graphql(
            .auth, Self.refresh, variables: ["token": .string(refresh)])
        let next = try XCTUnwrap(renewed["data"]?["refresh"]?["refreshToken"]?.stringValue)
        XCTAssertNotEqual(next, refresh)

        let reused = try await stack.graphql(
            .auth, Self.refresh, variables: ["token": .string(refresh)])
        XCTAssertEqual(reused["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")

        let logout = try await stack.graphql(.auth, "mutation { logout }", token: access)
        XCTAssertEqual(logout["data"]?["logout"], true)
        let afterLogout = try await stack.graphql(
            .auth, Self.refresh, variables: ["token": .string(next)])
        XCTAssertEqual(afterLogout["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
        let ended = try await stack.rows(
            "SELECT is_active FROM user_sessions WHERE id = $1",
            [.int(Int(sessionID.stringValue!)!)])
        XCTAssertEqual(ended[0].bool("is_active"), false)
    }

    func testLogoutNeedsABearerToken() async throws {
        let body = try await stack.graphql(.auth, "mutation { logout }")
        XCTAssertEqual(body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
    }

    func testABadTokenIsRefused() async throws {
        let body = try await stack.graphql(.auth, "{ me { id } }", token: "not.a.token")
        XCTAssertEqual(body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
        let anonymous = try await stack.graphql(.auth, "{ me { id } }")
        XCTAssertEqual(anonymous["data"], ["me": nil])
    }

    func testSessionsOfUsersMatchSQLInOneStatement() async throws {
        let body = try await stack.graphql(
            .auth,
            """
            query ($r: [_Any!]!) { _entities(representations: $r) {
              ... on User { id live: sessions(active: true) { id } all: sessions { id } } } }
            """,
            variables: [
                "r": [["__typename": "User", "id": "1"], ["__typename": "User", "id": "4"]]
            ], token: stack.token(user: 1, session: 1, role: "ADMIN"))
        let entities = try XCTUnwrap(body["data"]?["_entities"]?.arrayValue)
        for (entity, user) in zip(entities, [1, 4]) {
            let live = try await stack.rows(
                """
                SELECT id FROM user_sessions WHERE user_id = $1 AND is_active AND expires_at > now()
                ORDER BY created_at DESC, id DESC
                """, [.int(user)])
            let all = try await stack.rows(
                "SELECT id FROM user_sessions WHERE user_id = $1 ORDER BY created_at DESC, id DESC",
                [.int(user)])
            XCTAssertEqual(entity["live"], .array(live.map { ["id": .string($0["id"]!)] }))
            XCTAssertEqual(entity["all"], .array(all.map { ["id": .string($0["id"]!)] }))
        }
        // one statement per loader (active and all), each covering both users.
        XCTAssertEqual(body["extensions"]?["xpgraph"]?["sqlStatements"], 2)
    }

    func testOtherPeoplesSessionsAreForStaffOnly() async throws {
        let query =
            #"query { _entities(representations: [{__typename: "User", id: "4"}]) { ... on User { sessions { id } } } }"#
        let member = try await stack.graphql(
            .auth, query, token: stack.token(user: 5, session: 1, role: "MEMBER"))
        XCTAssertEqual(member["errors"]?[0]?["extensions"]?["code"], "FORBIDDEN")
        let own = try await stack.graphql(
            .auth, query, token: stack.token(user: 4, session: 1, role: "MEMBER"))
        XCTAssertNil(own["errors"], own.serialized)
        let anonymous = try await stack.graphql(.auth, query)
        XCTAssertEqual(anonymous["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
    }
}
