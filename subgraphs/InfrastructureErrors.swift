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
            // Class 22 is bad data (a NUL character in text, a value out of range): the
            // caller's input, not a fault of the service.
            if kind == .invalidInput || sqlState?.hasPrefix("22") == true {
                return GraphQLError(
                    "The database cannot store a value of this request (for example text with "
                        + "a NUL character or a number out of range).",
                    extensions: ["code": "BAD_USER_INPUT"])
            }
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
