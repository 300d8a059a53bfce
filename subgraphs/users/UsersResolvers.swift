import GraphQL
import JSON
import Postgres
import Security
import SubgraphKit

/// Resolvers of schema/users.graphql.
enum UsersResolvers {
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()

        resolvers.set("Query", "user") { field in
            guard let id = RowID.parse(field.arguments["id"]) else { return nil }
            return try await field.xp.usersByID.load(id)
        }
        resolvers.set("Query", "users") { field in
            try await users(field)
        }
        resolvers.set("User", "activity") { field in
            let user = field.parent as! UserRecord
            let page = try PageRequest(arguments: field.arguments)
            let actionType = field.arguments["actionType"]?.stringValue
            let context = field.xp
            let loaded = try await context.activityPages(page, actionType: actionType).load(user.id)
            return Connection(page: loaded ?? Page(rows: [], request: page)) {
                try await context.activityCounts(actionType: actionType).load(user.id) ?? 0
            }
        }
        ConnectionCount.register("ActivityConnection", node: ActivityRecord.self, in: &resolvers)
        ConnectionCount.register("UserConnection", node: UserRecord.self, in: &resolvers)

        resolvers.set("Mutation", "createUser") { field in try await UsersMutations.create(field) }
        resolvers.set("Mutation", "updateUser") { field in try await UsersMutations.update(field) }
        resolvers.set("Mutation", "deactivateUser") { field in
            try await UsersMutations.deactivate(field)
        }
        return resolvers
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
