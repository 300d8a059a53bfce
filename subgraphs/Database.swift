import Postgres
import SubgraphKit

/// The pool as one request sees it: every statement is counted for
/// `extensions.xpgraph.sqlStatements`.
struct Database: Sendable {
    let pool: PostgresPool
    let request: RequestContext

    func query(_ sql: String, _ params: [PostgresValue] = []) async throws -> PostgresResult {
        request.countStatement()
        return try await pool.query(sql, params)
    }
}

/// SQL text shared by the subgraphs.
enum SQL {
    /// A timestamptz column as an RFC 3339 UTC string with milliseconds.
    static func time(_ column: String, as name: String? = nil) -> String {
        "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS "
            + (name ?? column.split(separator: ".").last.map(String.init) ?? column)
    }
}
