import JSON
import XCTest

@testable import XPSubgraphs

final class GPSSubgraphTests: StackTestCase {
    func testLastLocationAndTrackOfSessionsMatchSQL() async throws {
        let body = try await stack.graphql(
            .gps,
            """
            query ($r: [_Any!]!) { _entities(representations: $r) {
              ... on Session { id lastLocation { latitude longitude recordedAt } locations(last: 3) { recordedAt } } } }
            """,
            variables: [
                "r": [["__typename": "Session", "id": "2"], ["__typename": "Session", "id": "1"]]
            ], token: stack.token(user: 1, session: 1, role: "MANAGER"))
        let entities = try XCTUnwrap(body["data"]?["_entities"]?.arrayValue)
        XCTAssertEqual(entities.map { $0["id"] }, ["2", "1"])
        for entity in entities {
            let id = Int(entity["id"]!.stringValue!)!
            let rows = try await stack.rows(
                """
                SELECT latitude, longitude,
                    to_char("timestamp" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
                FROM user_locations WHERE session_id = $1 ORDER BY "timestamp" DESC LIMIT 3
                """, [.int(id)])
            XCTAssertEqual(
                entity["lastLocation"],
                [
                    "latitude": .double(rows[0].double("latitude")!),
                    "longitude": .double(rows[0].double("longitude")!),
                    "recordedAt": .string(rows[0]["at"]!),
                ])
            XCTAssertEqual(
                entity["locations"], .array(rows.map { ["recordedAt": .string($0["at"]!)] }))
        }
        // last locations, tracks: one statement each for both sessions.
        XCTAssertEqual(body["extensions"]?["xpgraph"]?["sqlStatements"], 2)
    }

    func testRecordLocationOnlyInOwnLiveSessions() async throws {
        let mutation = """
            mutation ($s: ID!) { recordLocation(sessionId: $s, input: {latitude: 48.1, longitude: 11.5, accuracy: 4.5}) { latitude longitude accuracy } }
            """
        let token = stack.token(user: 1, session: 1)
        let own = try await stack.graphql(.gps, mutation, variables: ["s": "1"], token: token)
        XCTAssertEqual(
            own["data"]?["recordLocation"], ["latitude": 48.1, "longitude": 11.5, "accuracy": 4.5])
        let newest = try await stack.graphql(
            .gps,
            "query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { lastLocation { latitude } } } }",
            variables: ["r": [["__typename": "User", "id": "1"]]], token: token)
        XCTAssertEqual(newest["data"]?["_entities"]?[0]?["lastLocation"], ["latitude": 48.1])

        let otherUsers = try await stack.rows(
            "SELECT id FROM user_sessions WHERE user_id <> 1 LIMIT 1")
        let foreign = try await stack.graphql(
            .gps, mutation, variables: ["s": .string(otherUsers[0]["id"]!)], token: token)
        XCTAssertEqual(foreign["errors"]?[0]?["extensions"]?["code"], "FORBIDDEN")
    }

    func testOtherPeoplesLocationsAreForStaffOnly() async throws {
        let owners = try await stack.rows(
            "SELECT session_id, user_id FROM user_locations ORDER BY session_id LIMIT 1")
        let session = try XCTUnwrap(owners.first?.int("session_id"))
        let owner = try XCTUnwrap(owners.first?.int("user_id"))
        let query = """
            query { _entities(representations: [{__typename: "Session", id: "\(session)"}]) {
              ... on Session { lastLocation { latitude } } } }
            """
        let stranger = try await stack.graphql(
            .gps, query, token: stack.token(user: owner + 1, session: 1, role: "MEMBER"))
        XCTAssertEqual(stranger["errors"]?[0]?["extensions"]?["code"], "FORBIDDEN")
        let own = try await stack.graphql(
            .gps, query, token: stack.token(user: owner, session: 1, role: "MEMBER"))
        XCTAssertNil(own["errors"], own.serialized)
        XCTAssertNotNil(own["data"]?["_entities"]?[0]?["lastLocation"]?["latitude"]?.doubleValue)
    }
}
