/// Content negotiation for response bodies: gzip when the client accepts it.
enum ResponseEncoding {
    /// Bodies below this size go out as they are: gzip would save too little to pay its cost.
    static let minimumCompressedSize = 1024

    static func apply(to response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
        guard response.body.count >= minimumCompressedSize,
            response.status != 204, response.status != 304, request.method != "HEAD",
            response.header("Content-Encoding") == nil
        else { return response }

        var response = response
        if let index = response.headers.firstIndex(where: { $0.0.equalsIgnoringASCIICase("Vary") })
        {
            response.headers[index].1 += ", Accept-Encoding"
        } else {
            response.headers.append(("Vary", "Accept-Encoding"))
        }
        guard request.headers.acceptsGzip else { return response }
        let compressed = Gzip.compress(response.body)
        guard compressed.count < response.body.count else { return response }
        response.body = compressed
        response.headers.append(("Content-Encoding", "gzip"))
        return response
    }
}
