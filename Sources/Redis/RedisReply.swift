/// A Redis reply (RESP2). Error replies are thrown as `RedisError` instead.
public enum RedisReply: Sendable, Hashable {
    case null
    case status(String)
    case integer(Int)
    /// A bulk string, binary safe.
    case bulk([UInt8])
    case array([RedisReply])

    /// Bulk and status replies as UTF-8 text.
    public var string: String? {
        switch self {
        case .bulk(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .status(let text): return text
        default: return nil
        }
    }

    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }
}

/// Why a Redis command failed.
public struct RedisError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The server answered with an error reply (`ERR ...`, `WRONGTYPE ...`).
        case server
        /// No connection could be opened within the connect timeout.
        case connectionFailed
        /// The connection broke or timed out during the command; its outcome is unknown.
        case connectionLost
        /// The client was closed.
        case closed
        /// The URL could not be used.
        case invalidURL
        /// A reply of an unexpected shape.
        case unexpectedReply
        /// An embedded server could not be started.
        case serverStart
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "Redis: " + message }
}
