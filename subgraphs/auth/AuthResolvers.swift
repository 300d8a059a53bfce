import Foundation
import GraphQL
import JSON
import Postgres
import Security
import SubgraphKit

/// Resolvers of schema/auth.graphql.
enum AuthResolvers {
    /// The generated protocols of schema/auth.graphql (`Auth` in Generated/) wire the fields.
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()
        QueryFields().register(in: &resolvers)
        UserFields().register(in: &resolvers)
        MutationFields().register(in: &resolvers)
        return resolvers
    }

    struct QueryFields: Auth.QueryResolvers {
        func me(_ root: any Sendable, _ field: ResolveContext) async throws -> (any Sendable)? {
            guard let id = field.xp.identity.flatMap({ Int($0.userID) }) else { return nil }
            return UserReference(id: id)
        }

        func session(_ root: any Sendable, _ field: ResolveContext) async throws
            -> (any Sendable)?
        {
            guard let id = field.xp.identity?.sessionID.flatMap({ Int($0) }) else { return nil }
            return try await field.xp.sessionsByID.load(id)
        }
    }

    struct UserFields: Auth.UserResolvers {
        func sessions(
            _ user: UserReference, _ arguments: Auth.UserSessionsArguments,
            _ field: ResolveContext
        ) async throws -> [any Sendable] {
            try field.xp.requireSelfOrStaff(
                user.id, "Sessions are visible only to the user they belong to and to staff.")
            return try await field.xp.sessionsByUser(active: arguments.active).load(user.id) ?? []
        }
    }

    struct MutationFields: Auth.MutationResolvers {
        func login(
            _ root: any Sendable, _ arguments: Auth.MutationLoginArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await SignIn.login(field)
        }

        func refresh(
            _ root: any Sendable, _ arguments: Auth.MutationRefreshArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await SignIn.refresh(field)
        }

        func logout(_ root: any Sendable, _ field: ResolveContext) async throws -> Bool {
            try await SignIn.logout(field)
        }
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
