import GraphQL
import JSON
import Postgres

/// A row of `users` as the users subgraph serves it.
struct UserRecord: GraphQLObject {
    let id: Int
    let email: String
    let name: String
    let role: String
    let isActive: Bool
    let createdAt: String
    let lastLogin: String?

    static let columns = """
        id, email, name, role, is_active, \(SQL.time("created_at")), \(SQL.time("last_login"))
        """

    init(row: PostgresRow) {
        id = row.int("id") ?? 0
        email = row["email"] ?? ""
        name = row["name"] ?? ""
        role = row["role"] ?? "MEMBER"
        isActive = row.bool("is_active") ?? false
        createdAt = row["created_at"] ?? ""
        lastLogin = row["last_login"]
    }

    var graphQLTypeName: String? { "User" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "id": return String(id)
        case "email": return email
        case "name": return self.name
        case "role": return role
        case "isActive": return isActive
        case "createdAt": return createdAt
        case "lastLogin": return lastLogin
        default: return nil
        }
    }
}

/// A row of `user_activity_logs`.
struct ActivityRecord: GraphQLObject {
    let id: Int
    let actionType: String
    let createdAt: String
    let details: JSON

    static let columns = "id, action_type, details::text AS details, \(SQL.time("created_at"))"

    init(row: PostgresRow) {
        id = row.int("id") ?? 0
        actionType = row["action_type"] ?? ""
        createdAt = row["created_at"] ?? ""
        details = row["details"].flatMap { try? JSONReader.parse($0) } ?? .null
    }

    var graphQLTypeName: String? { "Activity" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "id": return String(id)
        case "actionType": return actionType
        case "createdAt": return createdAt
        case "details": return details
        default: return nil
        }
    }
}
