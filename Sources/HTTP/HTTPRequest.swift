/// A complete HTTP request as the server hands it to a handler.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path without the query, percent-decoded.
    public var path: String
    /// Query parameters, percent-decoded, `+` read as space; the last of repeated names wins.
    public var query: [String: String]
    public var headers: HTTPHeaders
    /// The body, already decompressed when it arrived with `Content-Encoding: gzip`.
    public var body: [UInt8]
    /// The peer as `address:port`, when the request came from a socket.
    public var remoteAddress: String?

    public init(
        method: String, path: String, query: [String: String] = [:],
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], remoteAddress: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// Splits a request target such as `/graphql?query=%7Ba%7D` into path and query.
    public init(
        method: String, target: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
        remoteAddress: String? = nil
    ) {
        let (path, query) = URLQuery.split(target: target)
        self.init(
            method: method, path: path, query: query, headers: headers, body: body,
            remoteAddress: remoteAddress)
    }
}
