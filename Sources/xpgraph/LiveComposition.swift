import Federation
import HTTP
import JSON

/// Composing a supergraph from running subgraphs' `_service { sdl }`.
enum LiveComposition {
    static func compose(
        _ endpoints: [(name: String, url: String)], client: HTTPClient
    ) async throws -> Supergraph {
        var subgraphs: [SubgraphDefinition] = []
        for endpoint in endpoints {
            let sdl = try await fetchSDL(name: endpoint.name, url: endpoint.url, client: client)
            subgraphs.append(SubgraphDefinition(name: endpoint.name, url: endpoint.url, sdl: sdl))
        }
        do {
            return try Composer.compose(subgraphs)
        } catch let failure as CompositionErrors {
            ComposeCommand.report(failure.errors)
            throw CLIError("The subgraphs do not compose.")
        }
    }

    static func fetchSDL(name: String, url: String, client: HTTPClient) async throws -> String {
        let body: JSON = ["query": "{ _service { sdl } }"]
        let response: HTTPResponse
        do {
            response = try await client.post(
                url: url, headers: [("Content-Type", "application/json")],
                body: body.serializedBytes, timeout: 10)
        } catch {
            throw CLIError("Subgraph \(name) at \(url) is unreachable: \(error)")
        }
        guard let reply = try? JSONReader.parse(response.body),
            let sdl = reply["data"]?["_service"]?["sdl"]?.stringValue
        else {
            throw CLIError(
                "Subgraph \(name) at \(url) did not return its SDL (\(response.status)).")
        }
        return sdl
    }

    /// Reads `name=url` pairs.
    static func endpoints(_ specs: [String]) throws(CLIError) -> [(name: String, url: String)] {
        try specs.map { spec throws(CLIError) in
            guard let equals = spec.firstIndex(of: "="), equals != spec.startIndex else {
                throw CLIError("--subgraph takes name=url, not \"\(spec)\".")
            }
            return (String(spec[..<equals]), String(spec[spec.index(after: equals)...]))
        }
    }
}
