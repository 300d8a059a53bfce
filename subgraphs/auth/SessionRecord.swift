import GraphQL
import Postgres

/// A row of `user_sessions`.
struct SessionRecord: GraphQLObject {
    let id: Int
    let userID: Int
    let createdAt: String
    let expiresAt: String
    let lastActivity: String
    let isActive: Bool

    static let columns = """
        id, user_id, \(SQL.time("created_at")), \(SQL.time("expires_at")), \
        \(SQL.time("last_activity")), (is_active AND expires_at > now()) AS is_active
        """

    init(row: PostgresRow) {
        id = row.int("id") ?? 0
        userID = row.int("user_id") ?? 0
        createdAt = row["created_at"] ?? ""
        expiresAt = row["expires_at"] ?? ""
        lastActivity = row["last_activity"] ?? ""
        isActive = row.bool("is_active") ?? false
    }

    var graphQLTypeName: String? { "Session" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "id": return String(id)
        case "user": return UserReference(id: userID)
        case "createdAt": return createdAt
        case "expiresAt": return expiresAt
        case "lastActivity": return lastActivity
        case "isActive": return isActive
        default: return nil
        }
    }
}

/// A `User` known only by id: the subgraphs that extend `User` add their
/// fields to it, and the gateway fetches the rest from the users subgraph.
struct UserReference: GraphQLObject {
    let id: Int

    var graphQLTypeName: String? { "User" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        name == "id" ? String(id) : nil
    }
}

/// A `Session` known only by id, for gps which adds locations to sessions.
struct SessionReference: GraphQLObject {
    let id: Int

    var graphQLTypeName: String? { "Session" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        name == "id" ? String(id) : nil
    }
}
