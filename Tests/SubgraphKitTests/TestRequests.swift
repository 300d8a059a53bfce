import HTTP
import JSON
import SubgraphKit

/// Sends one GraphQL POST to a server and returns the status and the decoded body.
func post(
    _ server: SubgraphServer, _ query: String, variables: JSONObject? = nil,
    accept: String = "application/json"
) async throws -> (status: Int, body: JSON) {
    var payload: JSONObject = ["query": .string(query)]
    if let variables { payload["variables"] = .object(variables) }
    let request = HTTPRequest(
        method: "POST", path: "/graphql",
        headers: ["Content-Type": "application/json", "Accept": accept],
        body: JSON.object(payload).serializedBytes)
    let response = await server.handle(request)
    return (response.status, try JSONReader.parse(response.body))
}
