import Foundation
import Postgres

/// Every subgraph's migrations in the order they apply. Each subgraph owns its
/// tables; they share one database and one `schema_migrations` record.
public enum XPMigrations {
    public static let all: [(id: String, sql: String)] =
        UsersMigrations.all + AuthMigrations.all + FormsMigrations.all + GPSMigrations.all
}

/// Applies the migrations not yet recorded in `schema_migrations`, each in its
/// own transaction together with its record. Safe to run again: applied ids are
/// skipped and every statement is written to tolerate existing objects.
public func migrate(database: PostgresPool) async throws {
    try await database.execute(
        script: """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                id text PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """)
    let applied = Set(
        try await database.query("SELECT id FROM schema_migrations").rows.compactMap { $0["id"] })
    for migration in XPMigrations.all where !applied.contains(migration.id) {
        let id = migration.id.replacingOccurrences(of: "'", with: "''")
        try await database.execute(
            script: """
                BEGIN;
                SELECT pg_advisory_xact_lock(7043);
                \(migration.sql)
                INSERT INTO schema_migrations (id) VALUES ('\(id)') ON CONFLICT DO NOTHING;
                COMMIT;
                """)
    }
}
