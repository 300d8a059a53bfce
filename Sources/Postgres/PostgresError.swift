/// A failure reported by the server or by the connection to it.
///
/// Messages never contain statement parameters; `detail` is the server's own text.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The server rejected the statement; `sqlState` says why.
        case server
        /// No connection could be opened.
        case connectionFailed
        /// The connection broke while the statement ran; its outcome is unknown.
        case connectionLost
        /// The pool was closed.
        case closed
        /// The URL or a parameter could not be used.
        case invalidInput
        /// The server answered in a way this client does not handle.
        case unsupported
    }

    public let kind: Kind
    /// The five-character SQLSTATE code, for server errors.
    public let sqlState: String?
    public let message: String
    public let detail: String?
    public let hint: String?

    public init(
        kind: Kind, message: String, sqlState: String? = nil, detail: String? = nil,
        hint: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
    }

    public var description: String {
        var text = "PostgreSQL: " + message
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        if let detail { text += " Detail: " + detail }
        return text
    }

    static let closed = PostgresError(kind: .closed, message: "The connection pool is closed.")
}
