import GraphQL
import Postgres
import Redis

// What a client sees when PostgreSQL or Redis fails: the kind of failure and a code,
// never the server address or SQL text (those stay in the servers' own logs).

extension PostgresError: GraphQLErrorConvertible {
    public var graphQLError: GraphQLError {
        switch kind {
        case .connectionFailed, .connectionLost, .closed:
            return GraphQLError(
                "The database is unavailable; try again shortly.",
                extensions: ["code": "SERVICE_UNAVAILABLE"])
        default:
            return GraphQLError(
                "The database refused the request.", extensions: ["code": "INTERNAL_SERVER_ERROR"])
        }
    }
}

extension RedisError: GraphQLErrorConvertible {
    public var graphQLError: GraphQLError {
        GraphQLError(
            "The session store is unavailable; try again shortly.",
            extensions: ["code": "SERVICE_UNAVAILABLE"])
    }
}
