import GraphQL
import HTTP
import JSON

extension Gateway {
    /// Stage 10: write the result, with `extensions.xpgraph` for debug requests.
    func respond(
        _ result: ExecutionResult, state: RequestState, debug: DebugCounters?
    ) -> HTTPResponse {
        var body = JSONObject()
        if !result.errors.isEmpty { body.append("errors", .array(result.errors.map(\.json))) }
        if let data = result.data { body.append("data", data) }

        var extensions = result.extensions ?? JSONObject()
        extensions["xpgraph"] = nil
        if let debug { extensions["xpgraph"] = debug.json }
        if !extensions.isEmpty { body.append("extensions", .object(extensions)) }

        return GraphQLOverHTTP.respond(
            .object(body), hasData: result.data != nil, mediaType: state.mediaType)
    }
}
