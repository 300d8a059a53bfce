import JSON
import XCTest
import XPSubgraphs

/// Sign-in, refresh rotation and logout through the gateway, with the real Redis.
final class AuthFlowIntegrationTests: XCTestCase {
    private static let login =
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken user { email } } }"

    func testRefreshIsSingleUseAndLogoutEndsTheToken() async throws {
        let stack = try await IntegrationStack.shared()
        let signedIn = try await stack.post([
            "query": .string(Self.login),
            "variables": ["e": "user3@example.test", "p": .string(Seeder.demoPassword)],
        ])
        let payload = try XCTUnwrap(signedIn.body["data"]?["login"], signedIn.body.serialized)
        XCTAssertEqual(payload["user"]?["email"], "user3@example.test")
        let access = try XCTUnwrap(payload["accessToken"]?.stringValue)
        let refresh = try XCTUnwrap(payload["refreshToken"]?.stringValue)

        let refreshQuery: JSON = [
            "query": "mutation($t: String!) { refresh(refreshToken: $t) { refreshToken } }",
            "variables": ["t": .string(refresh)],
        ]
        let rotated = try await stack.post(refreshQuery)
        let next = try XCTUnwrap(
            rotated.body["data"]?["refresh"]?["refreshToken"]?.stringValue, rotated.body.serialized)
        XCTAssertNotEqual(next, refresh)
        let replayed = try await stack.post(refreshQuery)
        XCTAssertEqual(replayed.body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")

        let me = try await stack.post(["query": "{ me { email } }"], token: access)
        XCTAssertEqual(me.body["data"]?["me"]?["email"], "user3@example.test")

        let out = try await stack.post(["query": "mutation { logout }"], token: access)
        XCTAssertEqual(out.body["data"], ["logout": true], out.body.serialized)

        for url in [stack.gatewayURL, stack.secondGatewayURL] {
            let after = try await stack.post(["query": "{ me { email } }"], to: url, token: access)
            XCTAssertEqual(after.status, 401, after.body.serialized)
            XCTAssertEqual(after.body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
        }
        let revokedRefresh = try await stack.post([
            "query": "mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }",
            "variables": ["t": .string(next)],
        ])
        XCTAssertNil(revokedRefresh.body["data"]?["refresh"]?.stringValue)
        XCTAssertEqual(revokedRefresh.body["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
    }

    func testWrongPasswordIsRefusedWithoutData() async throws {
        let stack = try await IntegrationStack.shared()
        let reply = try await stack.post([
            "query": .string(Self.login),
            "variables": ["e": "user3@example.test", "p": "not-the-password"],
        ])
        XCTAssertEqual(reply.body["data"], .null)
        XCTAssertEqual(reply.body["errors"]?[0]?["message"], "Invalid email or password.")
    }
}
