/// Why an `HTTPClient` request produced no response.
public struct HTTPClientError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Nothing accepted the connection (refused, unreachable, unknown host).
        case connectionFailed
        /// The whole exchange took longer than the request's timeout.
        case timedOut
        /// The URL could not be used.
        case invalidURL
        /// The response body passed the client's size limit.
        case responseTooLarge
        /// The client was shut down before the response arrived.
        case shutDown
        /// Any other transport failure (reset connection, malformed response, ...).
        case transport
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
