import HTTP
import JSON

/// Fetches a live endpoint's schema over GraphQL over HTTP.
public enum IntrospectionClient {
    public static func sdl(
        url: String, headers: [(String, String)], timeout: Double = 30,
        client: HTTPClient = HTTPClient(maxConnectionsPerHost: 1)
    ) async throws -> String {
        var body = JSONObject()
        body.append("query", .string(IntrospectionSDL.query))
        body.append("operationName", .string("IntrospectionQuery"))
        let response: HTTPResponse
        do {
            response = try await client.post(
                url: url, headers: headers, body: JSON.object(body).serializedBytes,
                timeout: timeout)
        } catch {
            throw ToolError("Cannot reach \(url): \(error)")
        }
        let json: JSON
        do {
            json = try JSONReader.parse(response.body)
        } catch {
            throw ToolError("\(url) answered \(response.status) with a body that is not JSON.")
        }
        return try IntrospectionSDL.sdl(from: json)
    }
}
