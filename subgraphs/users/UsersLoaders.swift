import GraphQL
import Postgres
import SubgraphKit

/// The users subgraph's batched reads; one statement per loader per wave.
extension XPContext {
    var usersByID: DataLoader<Int, UserRecord> {
        loaders.loader("users.byID") { [database] in
            DataLoader { ids in try await UsersQueries.byID(ids, in: database) }
        }
    }

    func activityPages(_ page: PageRequest, actionType: String?)
        -> DataLoader<Int, Page<ActivityRecord>>
    {
        let list = Self.activityList(actionType: actionType)
        return loaders.loader("users.activity", arguments: "\(page.key),\(actionType ?? "")") {
            [database] in
            DataLoader { users in
                try await list.pages(users, page, in: database).mapValues { page in
                    Page(
                        nodes: page.nodes.map(ActivityRecord.init(row:)),
                        hasNextPage: page.hasNextPage, offset: page.offset)
                }
            }
        }
    }

    func activityCounts(actionType: String?) -> DataLoader<Int, Int> {
        let list = Self.activityList(actionType: actionType)
        return loaders.loader("users.activityCount", arguments: actionType ?? "") { [database] in
            DataLoader { users in try await list.counts(users, in: database) }
        }
    }

    private static func activityList(actionType: String?) -> ChildList {
        var list = ChildList(
            table: "user_activity_logs", columns: ActivityRecord.columns, parentColumn: "user_id")
        if let actionType {
            list.filter = "action_type = $2"
            list.filterParams = [.text(actionType)]
        }
        return list
    }
}

extension Page {
    init(nodes: [Node], hasNextPage: Bool, offset: Int) {
        self.nodes = nodes
        self.hasNextPage = hasNextPage
        self.offset = offset
    }
}

enum UsersQueries {
    static func byID(_ ids: [Int], in database: Database) async throws -> [Int: UserRecord] {
        let result = try await database.query(
            "SELECT \(UserRecord.columns) FROM users WHERE id = ANY($1::bigint[])", [.intArray(ids)]
        )
        var users: [Int: UserRecord] = [:]
        for row in result.rows {
            let user = UserRecord(row: row)
            users[user.id] = user
        }
        return users
    }
}
