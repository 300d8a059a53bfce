import Foundation
import GraphQL
import JSON
import Postgres
import Security
import SubgraphKit

/// Resolvers of schema/auth.graphql.
enum AuthResolvers {
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()

        resolvers.set("Query", "me") { field in
            guard let id = field.xp.identity.flatMap({ Int($0.userID) }) else { return nil }
            return UserReference(id: id)
        }
        resolvers.set("Query", "session") { field in
            guard let id = field.xp.identity?.sessionID.flatMap({ Int($0) }) else { return nil }
            return try await field.xp.sessionsByID.load(id)
        }
        resolvers.set("User", "sessions") { field in
            let user = field.parent as! UserReference
            let active = field.arguments["active"]?.boolValue
            return try await field.xp.sessionsByUser(active: active).load(user.id) ?? []
        }
        resolvers.set("Mutation", "login") { field in try await SignIn.login(field) }
        resolvers.set("Mutation", "refresh") { field in try await SignIn.refresh(field) }
        resolvers.set("Mutation", "logout") { field in try await SignIn.logout(field) }
        return resolvers
    }

    static let entities: [String: EntityResolver] = [
        "User": EntityResolver { representations, _ in
            representations.map { .success(RowID.parse($0["id"]).map(UserReference.init(id:))) }
        },
        "Session": EntityResolver { representations, context in
            let context = context as! XPContext
            return try await entitiesByID(representations) { ids in
                try await AuthQueries.sessions(ids, in: context.database)
            }
        },
    ]
}

/// What login and refresh return.
struct AuthPayload: GraphQLObject {
    let pair: TokenIssuer.Pair
    let userID: Int

    var graphQLTypeName: String? { "AuthPayload" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "accessToken": return pair.accessToken
        case "refreshToken": return pair.refreshToken
        case "expiresAt": return RFC3339.format(pair.expiresAt)
        case "user": return UserReference(id: userID)
        default: return nil
        }
    }
}
