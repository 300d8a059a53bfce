import HTTP

extension Gateway {
    /// Stage 1: read the GraphQL-over-HTTP request (GET parameters or a POST JSON body).
    ///
    /// The HTTP module answers malformed requests with their ready-made 4xx responses.
    func decode(_ http: HTTPRequest) throws(RequestFailure) -> GraphQLHTTPRequest {
        switch GraphQLOverHTTP.decode(http) {
        case .success(let request): return request
        case .failure(let response): throw RequestFailure(response, stage: "decode")
        }
    }
}
