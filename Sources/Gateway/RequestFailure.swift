import GraphQL
import HTTP
import JSON

/// Why a stage of the pipeline stopped a request, and how to tell the client.
struct RequestFailure: Error {
    enum Reply {
        /// A ready-made HTTP response (405, 406, 413, 415, unparsable body).
        case http(HTTPResponse)
        /// GraphQL request errors, with a status that overrides the media-type rule.
        case errors([GraphQLError], status: Int?)
    }

    var reply: Reply
    /// For logs and metrics: which stage failed.
    var stage: String

    init(_ response: HTTPResponse, stage: String) {
        reply = .http(response)
        self.stage = stage
    }

    init(_ errors: [GraphQLError], code: String, stage: String, status: Int? = nil) {
        reply = .errors(errors.map { $0.withDefaultCode(code) }, status: status)
        self.stage = stage
    }

    func response(mediaType: ResponseMediaType) -> HTTPResponse {
        switch reply {
        case .http(let response):
            return response
        case .errors(let errors, let status):
            let body: JSON = ["errors": .array(errors.map(\.json))]
            var response = GraphQLOverHTTP.respond(body, hasData: false, mediaType: mediaType)
            if let status { response.status = status }
            return response
        }
    }
}

extension GraphQLError {
    /// Adds `extensions.code` unless the error already has one.
    func withDefaultCode(_ code: String) -> GraphQLError {
        var copy = self
        var extensions = copy.extensions ?? JSONObject()
        if extensions["code"] == nil { extensions["code"] = .string(code) }
        copy.extensions = extensions
        return copy
    }
}
