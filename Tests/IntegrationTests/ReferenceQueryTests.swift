import Foundation
import JSON
import Postgres
import XCTest

/// The reference query through the gateway, checked against SQL for the same user.
final class ReferenceQueryTests: XCTestCase {
    static let dashboard: String = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema/operations/Dashboard.graphql").path
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }()

    func testDashboardMatchesTheDatabase() async throws {
        let stack = try await IntegrationStack.shared()
        let token = try await stack.login("user1@example.test")

        let reply = try await stack.post(["query": .string(Self.dashboard)], token: token)
        XCTAssertEqual(reply.status, 200, reply.body.serialized)
        XCTAssertNil(reply.body["errors"], reply.body.serialized)
        let me = try XCTUnwrap(reply.body["data"]?["me"], reply.body.serialized)

        let db = stack.database
        let userRows = try await db.query(
            "SELECT id, name, email FROM users WHERE email = $1", [.text("user1@example.test")]
        ).rows
        let user = try XCTUnwrap(userRows.first)
        let userID = try XCTUnwrap(user.int("id"))
        XCTAssertEqual(me["name"]?.stringValue, user["name"])
        XCTAssertEqual(me["email"]?.stringValue, user["email"])

        // Forms: total and the ten newest titles, newest first.
        let total = try await db.query(
            "SELECT count(*) AS n FROM forms WHERE owner_id = $1", [.int(userID)]
        ).rows.first?.int("n")
        XCTAssertEqual(me["forms"]?["totalCount"]?.intValue, total)
        let forms = try await db.query(
            "SELECT id, title FROM forms WHERE owner_id = $1 ORDER BY created_at DESC, id DESC LIMIT 10",
            [.int(userID)]
        ).rows
        let nodes = me["forms"]?["nodes"]?.arrayValue ?? []
        XCTAssertEqual(
            nodes.compactMap { $0["title"]?.stringValue }, forms.compactMap { $0["title"] })

        // Each form's three newest submissions with their submitters' names.
        for (node, row) in zip(nodes, forms) {
            let formID = try XCTUnwrap(row.int("id"))
            let submissions = try await db.query(
                """
                SELECT s.created_at, u.name FROM form_submissions s JOIN users u ON u.id = s.user_id
                WHERE s.form_id = $1 ORDER BY s.created_at DESC, s.id DESC LIMIT 3
                """, [.int(formID)]
            ).rows
            let got = node["submissions"]?["nodes"]?.arrayValue ?? []
            XCTAssertEqual(got.count, submissions.count)
            XCTAssertEqual(
                got.compactMap { $0["user"]?["name"]?.stringValue },
                submissions.compactMap { $0["name"] })
        }

        // Active sessions, including the one this login created.
        let sessions = try await db.query(
            """
            SELECT count(*) AS n FROM user_sessions
            WHERE user_id = $1 AND is_active AND expires_at > now()
            """, [.int(userID)]
        ).rows.first?.int("n")
        let gotSessions = me["sessions"]?.arrayValue ?? []
        XCTAssertEqual(gotSessions.count, sessions)
        XCTAssertGreaterThanOrEqual(gotSessions.count, 1)

        // Each session's last location is its newest point, or null without points.
        var withPoints = 0
        for session in gotSessions {
            let id = try XCTUnwrap(session["id"]?.stringValue.flatMap { Int($0) })
            let rows = try await db.query(
                """
                SELECT latitude, longitude FROM user_locations WHERE session_id = $1
                ORDER BY "timestamp" DESC LIMIT 1
                """, [.int(id)]
            ).rows
            guard let newest = rows.first else {
                XCTAssertEqual(session["lastLocation"], .null, "session \(id)")
                continue
            }
            withPoints += 1
            let got = session["lastLocation"]
            XCTAssertEqual(got?["latitude"]?.doubleValue, newest["latitude"].flatMap(Double.init))
            XCTAssertEqual(
                got?["longitude"]?.doubleValue, newest["longitude"].flatMap(Double.init))
        }
        XCTAssertGreaterThan(withPoints, 0, "the seed gives sessions location tracks")
    }

    func testAnonymousMeIsNull() async throws {
        let stack = try await IntegrationStack.shared()
        let reply = try await stack.post(["query": "{ me { id } }"])
        XCTAssertEqual(reply.body["data"], ["me": .null], reply.body.serialized)
    }
}
