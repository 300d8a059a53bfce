/// An HTTP response: what a handler returns to the server and what the client returns.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public init(status: Int = 200, contentType: String, body: String) {
        self.init(status: status, headers: [("Content-Type", contentType)], body: Array(body.utf8))
    }

    /// The first value of the header named `name`, ignoring case.
    public func header(_ name: String) -> String? {
        for (key, value) in headers where key.equalsIgnoringASCIICase(name) { return value }
        return nil
    }

    /// The body read as UTF-8.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A response can stand in for a failure, as in `Result<GraphQLHTTPRequest, HTTPResponse>`:
/// the error case is the ready-made answer.
extension HTTPResponse: Error {}
