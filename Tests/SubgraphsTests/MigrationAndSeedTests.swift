import Postgres
import XCTest

@testable import XPSubgraphs

final class MigrationAndSeedTests: StackTestCase {
    func testMigrationsAreRecordedAndIdempotent() async throws {
        try await migrate(database: stack.pool)
        try await migrate(database: stack.pool)
        let ids = try await stack.rows("SELECT id FROM schema_migrations ORDER BY id").compactMap {
            $0["id"]
        }
        XCTAssertEqual(ids, XPMigrations.all.map(\.id).sorted())
        let partitions = try await stack.rows(
            "SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'user_locations'::regclass")
        XCTAssertGreaterThan(partitions[0].int("n") ?? 0, 10)
    }

    func testSeedWritesTheCountsItReports() async throws {
        let summary = try XCTUnwrap(stack.summary)
        // 40 users: forms, sessions and submissions have floors for small sizes.
        XCTAssertEqual(
            summary,
            SeedSummary(
                users: 40, activities: 200, forms: 20, submissions: 400, sessions: 200,
                locations: 4_000))
        let tables: [(String, Int)] = [
            ("users", summary.users), ("user_activity_logs", summary.activities),
            ("forms", summary.forms), ("form_submissions", summary.submissions),
            ("user_sessions", summary.sessions), ("user_locations", summary.locations),
        ]
        for (table, expected) in tables {
            let count = try await stack.rows("SELECT count(*) AS n FROM \(table)")[0].int("n")
            XCTAssertEqual(count, expected, table)
        }
        let next = try await stack.rows("SELECT nextval('users_id_seq') AS n")[0].int("n")
        XCTAssertEqual(next, 41)
    }

    func testTheFirstUserHasFormsSubmissionsAndLiveTrackedSessions() async throws {
        let forms = try await stack.rows(
            """
            SELECT f.id, count(s.id) AS submissions FROM forms f
            LEFT JOIN form_submissions s ON s.form_id = f.id
            WHERE f.owner_id = 1 GROUP BY f.id
            """)
        XCTAssertEqual(forms.count, 12)
        XCTAssertTrue(forms.allSatisfy { ($0.int("submissions") ?? 0) >= 6 })
        let sessions = try await stack.rows(
            """
            SELECT s.id, count(l.*) AS points FROM user_sessions s
            JOIN user_locations l ON l.session_id = s.id
            WHERE s.user_id = 1 AND s.is_active AND s.expires_at > to_timestamp($1)
            GROUP BY s.id
            """, [.int(TestStack.seedNow)])
        XCTAssertGreaterThanOrEqual(sessions.count, 3)
        XCTAssertTrue(sessions.allSatisfy { ($0.int("points") ?? 0) == 20 })
        let login = try await stack.rows(
            "SELECT password_hash FROM users WHERE email = 'user1@example.test'")
        XCTAssertTrue(login[0]["password_hash"]?.hasPrefix("$argon2id$") ?? false)
    }

    func testSeedIsDeterministicForTheSameSeed() async throws {
        let hash = try await stack.rows("SELECT password_hash FROM users WHERE id = 1")[0][
            "password_hash"]!
        func fingerprint() async throws -> [String] {
            var prints: [String] = []
            for table in ["users", "forms", "form_submissions", "user_sessions", "user_locations"] {
                let row = try await stack.rows(
                    "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM \(table) t")
                prints.append(row[0]["h"] ?? "")
            }
            return prints
        }
        let first = try await fingerprint()
        try await Seeder.seed(
            database: stack.pool, users: TestStack.seedUsers, seed: 7, now: TestStack.seedNow,
            passwordHash: hash)
        let again = try await fingerprint()
        XCTAssertEqual(first, again)
        try await Seeder.seed(
            database: stack.pool, users: TestStack.seedUsers, seed: 8, now: TestStack.seedNow,
            passwordHash: hash)
        let other = try await fingerprint()
        XCTAssertNotEqual(first[1], other[1])
        try await Seeder.seed(
            database: stack.pool, users: TestStack.seedUsers, seed: 7, now: TestStack.seedNow,
            passwordHash: hash)
    }
}
