import Postgres
import XPSubgraphs

/// `xpgraph migrate`: applies pending migrations to DATABASE_URL.
enum MigrateCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let database = try PostgresPool(url: try Environment.required("DATABASE_URL"), size: 1)
        defer { database.close() }
        try await migrate(database: database)
        print("Migrations applied.")
        return 0
    }
}
