import HTTP
import JSON
import SchemaTools

/// `xpgraph introspect URL`: the SDL of a live GraphQL endpoint.
enum IntrospectCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        guard let url = arguments.positionals.first else {
            throw CLIError("Usage: xpgraph introspect URL [--header 'Name: value']", exitCode: 2)
        }
        var headers = [
            ("Content-Type", "application/json"),
            ("Accept", "application/graphql-response+json, application/json"),
        ]
        for header in arguments.strings("header") {
            guard let colon = header.firstIndex(of: ":") else {
                throw CLIError("--header needs 'Name: value', not \"\(header)\".", exitCode: 2)
            }
            headers.append(
                (
                    String(header[..<colon]),
                    String(header[header.index(after: colon)...].drop { $0 == " " })
                ))
        }
        let timeout = try arguments.double("timeout", default: 30)
        do {
            print(
                try await IntrospectionClient.sdl(url: url, headers: headers, timeout: timeout),
                terminator: "")
            return 0
        } catch let error as ToolError {
            throw CLIError(error.message)
        }
    }
}
