import GraphQL
import HTTP
import JSON

/// What the pipeline has learned about one request so far.
struct RequestState: Sendable {
    let id: String
    let http: HTTPRequest
    let isDebug: Bool
    var mediaType: ResponseMediaType
    var query: String = ""
    var operationName: String?

    init(id: String, http: HTTPRequest, mediaType: ResponseMediaType) {
        self.id = id
        self.http = http
        self.mediaType = mediaType
        isDebug = http.headers["X-XPGraph-Debug"] == "1"
    }
}
