import GraphQL
import Postgres

/// The auth subgraph's batched reads.
extension XPContext {
    var sessionsByID: DataLoader<Int, SessionRecord> {
        loaders.loader("auth.sessionsByID") { [database] in
            DataLoader { ids in try await AuthQueries.sessions(ids, in: database) }
        }
    }

    /// Each user's sessions, newest first; `active` true keeps live ones only,
    /// false ended or expired ones only, nil all.
    func sessionsByUser(active: Bool?) -> DataLoader<Int, [SessionRecord]> {
        loaders.loader("auth.sessionsByUser", arguments: active.map(String.init) ?? "") {
            [database] in
            DataLoader { users in
                let condition =
                    switch active {
                    case true?: " AND is_active AND expires_at > now()"
                    case false?: " AND NOT (is_active AND expires_at > now())"
                    case nil: ""
                    }
                let result = try await database.query(
                    """
                    SELECT \(SessionRecord.columns) FROM user_sessions
                    WHERE user_id = ANY($1::bigint[])\(condition)
                    ORDER BY user_id, created_at DESC, id DESC
                    """, [.intArray(users)])
                var sessions: [Int: [SessionRecord]] = [:]
                for user in users { sessions[user] = [] }
                for row in result.rows {
                    let session = SessionRecord(row: row)
                    sessions[session.userID, default: []].append(session)
                }
                return sessions
            }
        }
    }
}

enum AuthQueries {
    static func sessions(_ ids: [Int], in database: Database) async throws -> [Int: SessionRecord] {
        let result = try await database.query(
            "SELECT \(SessionRecord.columns) FROM user_sessions WHERE id = ANY($1::bigint[])",
            [.intArray(ids)])
        var sessions: [Int: SessionRecord] = [:]
        for row in result.rows {
            let session = SessionRecord(row: row)
            sessions[session.id] = session
        }
        return sessions
    }
}
