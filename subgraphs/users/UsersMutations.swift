import Foundation
import GraphQL
import JSON
import Postgres
import Security

/// `createUser`, `updateUser` and `deactivateUser`. Anyone may sign up; a
/// user may change themselves; only an ADMIN may change others or roles.
enum UsersMutations {
    static func create(_ field: ResolveContext) async throws -> UserRecord {
        let input = field.arguments["input"]?.objectValue ?? JSONObject()
        let email = try validEmail(input["email"]?.stringValue ?? "")
        let name = try validName(input["name"]?.stringValue ?? "")
        let password = input["password"]?.stringValue ?? ""
        guard password.count >= 8 else {
            throw XPError.badInput("Password must be at least 8 characters long.")
        }
        let role = input["role"]?.stringValue ?? "MEMBER"
        if role != "MEMBER", try await callerRole(field.xp) != "ADMIN" {
            throw XPError.forbidden("Only an administrator can create a user with role \(role).")
        }
        let hash = try await OffPool.run { try PasswordHasher.hash(password) }
        do {
            let result = try await field.xp.database.query(
                """
                INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
                RETURNING \(UserRecord.columns)
                """, [.text(email), .text(name), .text(role), .text(hash)])
            return UserRecord(row: result.rows[0])
        } catch let error as PostgresError where error.sqlState == "23505" {
            throw XPError.badInput("A user with this email already exists.")
        }
    }

    static func update(_ field: ResolveContext) async throws -> UserRecord {
        let id = try await authorizedTarget(field)
        let input = field.arguments["input"]?.objectValue ?? JSONObject()
        let email = try input["email"]?.stringValue.map(validEmail)
        let name = try input["name"]?.stringValue.map(validName)
        let role = input["role"]?.stringValue
        if role != nil, try await callerRole(field.xp) != "ADMIN" {
            throw XPError.forbidden("Only an administrator can change roles.")
        }
        let isActive = input["isActive"]?.boolValue
        do {
            let result = try await field.xp.database.query(
                """
                UPDATE users SET email = coalesce($2, email), name = coalesce($3, name),
                    role = coalesce($4, role), is_active = coalesce($5, is_active)
                WHERE id = $1 RETURNING \(UserRecord.columns)
                """,
                [
                    .int(id), email.map(PostgresValue.text) ?? .null,
                    name.map(PostgresValue.text) ?? .null, role.map(PostgresValue.text) ?? .null,
                    isActive.map(PostgresValue.bool) ?? .null,
                ])
            guard let row = result.rows.first else {
                throw XPError.notFound("No user with this id.")
            }
            return UserRecord(row: row)
        } catch let error as PostgresError where error.sqlState == "23505" {
            throw XPError.badInput("A user with this email already exists.")
        }
    }

    static func deactivate(_ field: ResolveContext) async throws -> UserRecord {
        let id = try await authorizedTarget(field)
        let result = try await field.xp.database.query(
            "UPDATE users SET is_active = false WHERE id = $1 RETURNING \(UserRecord.columns)",
            [.int(id)])
        guard let row = result.rows.first else { throw XPError.notFound("No user with this id.") }
        return UserRecord(row: row)
    }

    /// The `id` argument, when the caller is that user or an administrator.
    private static func authorizedTarget(_ field: ResolveContext) async throws -> Int {
        let caller = try field.xp.requireUserID()
        guard let id = RowID.parse(field.arguments["id"]) else {
            throw XPError.notFound("No user with this id.")
        }
        if id != caller, try await callerRole(field.xp) != "ADMIN" {
            throw XPError.forbidden("You can only change your own account.")
        }
        return id
    }

    /// Changes to accounts and roles check the role in the database, not the token's:
    /// a role removed a minute ago must not still grant writes for the token's lifetime.
    private static func callerRole(_ context: XPContext) async throws -> String? {
        guard let id = context.identity.flatMap({ Int($0.userID) }) else { return nil }
        return try await context.usersByID.load(id)?.role
    }

    private static func validEmail(_ email: String) throws -> String {
        let trimmed = email.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), trimmed.count <= 254
        else { throw XPError.badInput("\"\(email)\" is not a valid email address.") }
        return trimmed
    }

    private static func validName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200 else {
            throw XPError.badInput("Name must be 1 to 200 characters long.")
        }
        return trimmed
    }
}
