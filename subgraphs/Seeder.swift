import Foundation
import Postgres
import Security

/// Row counts written by a seed run.
public struct SeedSummary: Sendable, Equatable {
    public var users: Int
    public var activities: Int
    public var forms: Int
    public var submissions: Int
    public var sessions: Int
    public var locations: Int
}

/// Fills the database with demo data: users `user1@example.test`... with the
/// password `demo-password`, their forms, submissions, sessions and tracks.
///
/// The password is hashed with Argon2id once and the same PHC string is stored
/// for every demo user: hashing per user would take minutes at the default
/// size, and demo accounts gain nothing from distinct salts.
public enum Seeder {
    public static let demoPassword = "demo-password"

    /// Replaces all data (TRUNCATE) with the demo set for `users` users; the
    /// other tables scale with it (10,000 users: 2,000 forms, 100,000
    /// submissions, 50,000 sessions, 1,000,000 locations). The same `users`,
    /// `seed` and `now` give the same rows (the password hash aside, which is
    /// salted unless `passwordHash` is given).
    @discardableResult
    public static func seed(
        database: PostgresPool, users: Int = 10_000, seed: UInt64 = 1,
        now: Int = Int(Date().timeIntervalSince1970) / 86_400 * 86_400,
        passwordHash: String? = nil
    ) async throws -> SeedSummary {
        let plan = SeedPlan(users: users, seed: seed, now: now)
        let hash: String
        if let passwordHash {
            hash = passwordHash
        } else {
            hash = try await OffPool.run { try PasswordHasher.hash(demoPassword) }
        }

        try await database.execute(
            script: """
                TRUNCATE users, user_activity_logs, user_sessions, forms, form_submissions,
                    user_locations RESTART IDENTITY CASCADE;
                SELECT xp_ensure_location_partition(
                    (to_timestamp(\(now)) + make_interval(months => m))::date)
                    FROM generate_series(-4, 1) AS m;
                """)

        async let people: Void = {
            try await copy(database, "users", SeedPlan.userColumns, count: plan.users) {
                plan.writeUser($0 + 1, passwordHash: hash, into: &$1)
            }
            try await copy(
                database, "user_activity_logs", SeedPlan.activityColumns,
                count: plan.activities
            ) { plan.writeActivity($0, into: &$1) }
        }()
        async let forms: Void = {
            try await copy(database, "forms", SeedPlan.formColumns, count: plan.forms) {
                plan.writeForm($0 + 1, into: &$1)
            }
            try await copy(
                database, "form_submissions", SeedPlan.submissionColumns,
                count: plan.submissions
            ) { plan.writeSubmission($0 + 1, into: &$1) }
        }()
        async let tracks: Void = {
            try await copy(database, "user_sessions", SeedPlan.sessionColumns, count: plan.sessions)
            {
                plan.writeSession($0 + 1, into: &$1)
            }
            try await copy(
                database, "user_locations", SeedPlan.locationColumns,
                count: plan.locations
            ) { plan.writeLocation($0, into: &$1) }
        }()
        _ = try await (people, forms, tracks)

        let sequenced = [
            "users", "user_activity_logs", "forms", "form_submissions", "user_sessions",
        ]
        let resets = sequenced.map { table in
            "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), "
                + "(SELECT coalesce(max(id), 0) + 1 FROM \(table)), false);"
        }
        try await database.execute(
            script: resets.joined(separator: "\n") + """

                ANALYZE users, user_activity_logs, user_sessions, forms, form_submissions,
                    user_locations;
                """)
        return SeedSummary(
            users: plan.users, activities: plan.activities, forms: plan.forms,
            submissions: plan.submissions, sessions: plan.sessions, locations: plan.locations)
    }

    private static let rowsPerChunk = 2_000

    /// COPYs `count` rows, built lazily in chunks of COPY text.
    private static func copy(
        _ database: PostgresPool, _ table: String, _ columns: [String], count: Int,
        _ writeRow: @escaping @Sendable (Int, inout CopyText) -> Void
    ) async throws {
        let chunks = stride(from: 0, to: count, by: rowsPerChunk).lazy.map { start in
            var out = CopyText()
            for index in start..<min(start + rowsPerChunk, count) { writeRow(index, &out) }
            return out.bytes
        }
        try await database.copy(into: table, columns: columns, rows: chunks)
    }
}
