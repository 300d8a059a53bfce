import JSON

/// The GraphQL-over-HTTP protocol: reading requests, choosing the response type and status.
///
/// Transport failures (unparsable JSON, non-object body, 405/406/415) are 4xx for every
/// media type. Invalid parameters are request errors: 400 for
/// `application/graphql-response+json`, 200 with `errors` for `application/json`.
public enum GraphQLOverHTTP {
    /// The response type the request accepts; nil means 406.
    public static func mediaType(for request: HTTPRequest) -> ResponseMediaType? {
        ResponseMediaType.negotiate(accept: request.headers["Accept"])
    }

    /// Reads the GraphQL parameters, or returns the error response to send instead.
    public static func decode(_ request: HTTPRequest) -> Result<GraphQLHTTPRequest, HTTPResponse> {
        guard let mediaType = mediaType(for: request) else {
            return .failure(
                errorResponse(
                    status: 406, .json,
                    "The Accept header allows neither application/graphql-response+json nor application/json."
                ))
        }
        switch request.method {
        case "GET", "HEAD":
            return decodeParameters(from: request.query, isGET: true, mediaType)
        case "POST":
            return decodePost(request, mediaType)
        default:
            var response = errorResponse(
                status: 405, .json, "GraphQL requests must use GET or POST.")
            response.headers.append(("Allow", "GET, POST"))
            return .failure(response)
        }
    }

    /// The answer to a mutation sent with GET.
    public static func methodNotAllowedForMutation() -> HTTPResponse {
        var response = errorResponse(
            status: 405, .json, "Mutations cannot be sent with GET; use POST.")
        response.headers.append(("Allow", "POST"))
        return response
    }

    /// Serializes a GraphQL response; with `application/graphql-response+json` a response
    /// without data is a request error and gets 400.
    public static func respond(_ body: JSON, hasData: Bool, mediaType: ResponseMediaType)
        -> HTTPResponse
    {
        let status = mediaType == .graphQLResponse && !hasData ? 400 : 200
        return HTTPResponse(
            status: status, headers: [("Content-Type", mediaType.contentType)],
            body: body.serializedBytes)
    }

    /// A GraphQL-shaped error body, `{"errors":[{"message":...}]}`, with the given status.
    public static func errorResponse(status: Int, _ mediaType: ResponseMediaType, _ message: String)
        -> HTTPResponse
    {
        let body: JSON = ["errors": [["message": .string(message)]]]
        return HTTPResponse(
            status: status, headers: [("Content-Type", mediaType.contentType)],
            body: body.serializedBytes)
    }

    private static func decodePost(
        _ request: HTTPRequest, _ mediaType: ResponseMediaType
    ) -> Result<GraphQLHTTPRequest, HTTPResponse> {
        guard let header = request.headers["Content-Type"],
            let contentType = HeaderElement.parseList(header).first
        else {
            return .failure(
                errorResponse(
                    status: 415, mediaType, "Missing Content-Type; send application/json."))
        }
        if let charset = contentType.parameters["charset"], charset.lowercased() != "utf-8" {
            return .failure(
                errorResponse(
                    status: 415, mediaType, "Unsupported charset \"\(charset)\"; send UTF-8."))
        }
        switch contentType.value {
        case "application/json":
            return decodeJSONBody(request.body, mediaType)
        case "application/graphql":
            var parameters = request.query
            parameters["query"] = String(decoding: request.body, as: UTF8.self)
            return decodeParameters(from: parameters, isGET: false, mediaType)
        default:
            return .failure(
                errorResponse(
                    status: 415, mediaType,
                    "Unsupported Content-Type \"\(contentType.value)\"; send application/json."))
        }
    }

    private static func decodeJSONBody(
        _ body: [UInt8], _ mediaType: ResponseMediaType
    ) -> Result<GraphQLHTTPRequest, HTTPResponse> {
        let parsed: JSON
        do {
            parsed = try JSONReader.parse(body)
        } catch {
            return .failure(
                errorResponse(status: 400, mediaType, "Body is not valid JSON: \(error.message)"))
        }
        guard case .object(let object) = parsed else {
            return .failure(errorResponse(status: 400, mediaType, "Body must be a JSON object."))
        }
        return validate(
            query: object["query"], operationName: object["operationName"],
            variables: object["variables"], extensions: object["extensions"], isGET: false,
            mediaType)
    }

    /// Reads parameters given as strings (query string, or alongside an application/graphql body);
    /// `variables` and `extensions` are JSON texts, and empty values count as absent.
    private static func decodeParameters(
        from parameters: [String: String], isGET: Bool, _ mediaType: ResponseMediaType
    ) -> Result<GraphQLHTTPRequest, HTTPResponse> {
        var decoded: [String: JSON] = [:]
        for name in ["variables", "extensions"] {
            guard let text = parameters[name], !text.isEmpty else { continue }
            guard let value = try? JSONReader.parse(text) else {
                return .failure(
                    invalidParameter("The \"\(name)\" parameter is not valid JSON.", mediaType))
            }
            decoded[name] = value
        }
        return validate(
            query: parameters["query"].map(JSON.string),
            operationName: parameters["operationName"].flatMap { $0.isEmpty ? nil : .string($0) },
            variables: decoded["variables"], extensions: decoded["extensions"], isGET: isGET,
            mediaType)
    }

    /// Checks each parameter's type; `null` counts as absent.
    private static func validate(
        query: JSON?, operationName: JSON?, variables: JSON?, extensions: JSON?, isGET: Bool,
        _ mediaType: ResponseMediaType
    ) -> Result<GraphQLHTTPRequest, HTTPResponse> {
        var request = GraphQLHTTPRequest(query: nil, isGET: isGET)
        switch variables {
        case nil, .null?: break
        case .object(let object)?: request.variables = object
        default:
            return .failure(
                invalidParameter("The \"variables\" parameter must be an object.", mediaType))
        }
        switch extensions {
        case nil, .null?: break
        case .object(let object)?: request.extensions = object
        default:
            return .failure(
                invalidParameter("The \"extensions\" parameter must be an object.", mediaType))
        }
        switch operationName {
        case nil, .null?: break
        case .string(let name)?: request.operationName = name
        default:
            return .failure(
                invalidParameter("The \"operationName\" parameter must be a string.", mediaType))
        }
        switch query {
        case .string(let text)?: request.query = text
        case nil, .null?:
            guard request.hasPersistedQuery else {
                return .failure(invalidParameter("Must provide query string.", mediaType))
            }
        default:
            return .failure(
                invalidParameter("The \"query\" parameter must be a string.", mediaType))
        }
        return .success(request)
    }

    private static func invalidParameter(_ message: String, _ mediaType: ResponseMediaType)
        -> HTTPResponse
    {
        errorResponse(status: mediaType == .graphQLResponse ? 400 : 200, mediaType, message)
    }
}
