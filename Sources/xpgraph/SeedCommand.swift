import Postgres
import XPSubgraphs

/// `xpgraph seed`: replaces DATABASE_URL's data with the deterministic demo set.
enum SeedCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let users = try arguments.int("users", default: 10_000)
        let seed = try arguments.int("seed", default: 1)
        guard users > 0, seed >= 0 else {
            throw CLIError("--users must be positive, --seed not negative.")
        }

        let database = try PostgresPool(url: try Environment.required("DATABASE_URL"), size: 4)
        defer { database.close() }
        try await migrate(database: database)
        let summary = try await Seeder.seed(database: database, users: users, seed: UInt64(seed))
        print(
            "Seeded \(summary.users) users, \(summary.forms) forms, \(summary.submissions) submissions, "
                + "\(summary.sessions) sessions, \(summary.locations) locations, "
                + "\(summary.activities) activity entries.")
        return 0
    }
}
