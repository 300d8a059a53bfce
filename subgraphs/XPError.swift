import GraphQL
import JSON

/// Errors the subgraphs report to clients, with a stable `extensions.code`.
enum XPError {
    static func unauthenticated(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: ["code": "UNAUTHENTICATED"])
    }

    static func forbidden(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: ["code": "FORBIDDEN"])
    }

    static func tooManyAttempts(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: ["code": "TOO_MANY_ATTEMPTS"])
    }

    static func badInput(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: ["code": "BAD_USER_INPUT"])
    }

    static func notFound(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: ["code": "NOT_FOUND"])
    }
}

/// IDs are decimal row ids on the wire; anything else names no row.
enum RowID {
    static func parse(_ value: JSON?) -> Int? {
        switch value {
        case .string(let text)?: return Int(text).flatMap { $0 > 0 ? $0 : nil }
        case .int(let number)?: return number > 0 ? number : nil
        default: return nil
        }
    }
}
