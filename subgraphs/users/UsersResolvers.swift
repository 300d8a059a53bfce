import GraphQL
import JSON
import Postgres
import Security
import SubgraphKit

/// Resolvers of schema/users.graphql.
enum UsersResolvers {
    /// The generated protocols of schema/users.graphql (`Users` in Generated/) wire the
    /// fields; connection counts stay with `ConnectionCount`.
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()
        QueryFields().register(in: &resolvers)
        UserFields().register(in: &resolvers)
        MutationFields().register(in: &resolvers)
        ConnectionCount.register("ActivityConnection", node: ActivityRecord.self, in: &resolvers)
        ConnectionCount.register("UserConnection", node: UserRecord.self, in: &resolvers)
        return resolvers
    }

    struct QueryFields: Users.QueryResolvers {
        func user(
            _ root: any Sendable, _ arguments: Users.QueryUserArguments, _ field: ResolveContext
        ) async throws -> (any Sendable)? {
            _ = try field.xp.requireUserID()
            guard let id = RowID.parse(field.arguments["id"]) else { return nil }
            return try await field.xp.usersByID.load(id)
        }

        func users(
            _ root: any Sendable, _ arguments: Users.QueryUsersArguments, _ field: ResolveContext
        ) async throws -> any Sendable {
            try field.xp.requireStaff("Only administrators and managers can list users.")
            return try await UsersResolvers.users(field)
        }
    }

    struct UserFields: Users.UserResolvers {
        var lastLogin: Users.FieldResolver<UserRecord>? {
            Users.FieldResolver { user, field in
                try field.xp.requireSelfOrStaff(user.id, "Only the user and staff can see this.")
                return user.lastLogin
            }
        }

        func activity(
            _ user: UserRecord, _ arguments: Users.UserActivityArguments, _ field: ResolveContext
        ) async throws -> any Sendable {
            try field.xp.requireSelfOrStaff(user.id, "Only the user and staff can see this.")
            let page = try PageRequest(arguments: field.arguments)
            let actionType = arguments.actionType
            let context = field.xp
            let loaded = try await context.activityPages(page, actionType: actionType).load(user.id)
            return Connection(page: loaded ?? Page(rows: [], request: page)) {
                try await context.activityCounts(actionType: actionType).load(user.id) ?? 0
            }
        }
    }

    struct MutationFields: Users.MutationResolvers {
        func createUser(
            _ root: any Sendable, _ arguments: Users.MutationCreateUserArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await UsersMutations.create(field)
        }

        func updateUser(
            _ root: any Sendable, _ arguments: Users.MutationUpdateUserArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await UsersMutations.update(field)
        }

        func deactivateUser(
            _ root: any Sendable, _ arguments: Users.MutationDeactivateUserArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await UsersMutations.deactivate(field)
        }
    }

    /// `Query.users`: all users by id, filtered; the count runs only when asked.
    private static func users(_ field: ResolveContext) async throws -> Connection<UserRecord> {
        let page = try PageRequest(arguments: field.arguments)
        let filter = field.arguments["filter"]?.objectValue ?? JSONObject()
        let params: [PostgresValue] = [
            filter["isActive"]?.boolValue.map(PostgresValue.bool) ?? .null,
            filter["role"]?.stringValue.map(PostgresValue.text) ?? .null,
            filter["emailContains"]?.stringValue.map(PostgresValue.text) ?? .null,
        ]
        let condition = """
            ($1::boolean IS NULL OR is_active = $1) AND ($2::text IS NULL OR role = $2)
            AND ($3::text IS NULL OR strpos(lower(email), lower($3)) > 0)
            """
        let database = field.xp.database
        let result = try await database.query(
            """
            SELECT \(UserRecord.columns) FROM users WHERE \(condition)
            ORDER BY id LIMIT $4 OFFSET $5
            """, params + [.int(page.first + 1), .int(page.offset)])
        return Connection(page: Page(rows: result.rows.map(UserRecord.init(row:)), request: page)) {
            let count = try await database.query(
                "SELECT count(*) AS n FROM users WHERE \(condition)", params)
            return count.rows.first?.int("n") ?? 0
        }
    }

    static let entities: [String: EntityResolver] = [
        "User": EntityResolver { representations, context in
            let context = context as! XPContext
            return try await entitiesByID(representations) { ids in
                try await UsersQueries.byID(ids, in: context.database)
            }
        }
    ]
}

/// Answers representations by their `id` with one call of `fetch` for all of them.
func entitiesByID<Value: Sendable>(
    _ representations: [JSONObject], fetch: ([Int]) async throws -> [Int: Value]
) async throws -> [Result<(any Sendable)?, any Error>] {
    let ids = representations.map { RowID.parse($0["id"]) }
    let unique = Array(Set(ids.compactMap { $0 }))
    let found = unique.isEmpty ? [:] : try await fetch(unique)
    return ids.map { id in .success(id.flatMap { found[$0] }) }
}
