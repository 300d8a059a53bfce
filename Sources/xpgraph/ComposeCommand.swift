import Federation
import Foundation
import HTTP
import JSON

/// `xpgraph compose`: subgraph SDLs to `schema/supergraph.graphql`.
///
/// The optional config is JSON:
/// `{"subgraphs": [{"name": "users", "url": "http://localhost:4001/graphql", "sdl": "schema/users.graphql"}],
///   "output": "schema/supergraph.graphql"}`.
/// A subgraph without `"sdl"` is asked for its `_service { sdl }` at its URL;
/// `--subgraph name=url` (repeatable) does the same without a config file.
/// The output is deterministic: the same subgraphs give the same bytes.
enum ComposeCommand {
    static let defaultSubgraphs: [(name: String, port: Int)] = [
        ("users", 4001), ("auth", 4002), ("forms", 4003), ("gps", 4004),
    ]

    static func run(_ arguments: Arguments) async throws -> Int32 {
        var output = arguments.string("out") ?? "schema/supergraph.graphql"
        var entries: [(name: String, url: String, file: String?)] = defaultSubgraphs.map {
            (
                name: $0.name, url: "http://localhost:\($0.port)/graphql",
                file: "schema/\($0.name).graphql"
            )
        }
        if let configPath = arguments.string("config") {
            let config = try readConfig(configPath)
            entries = config.entries
            if let configured = config.output, arguments.string("out") == nil {
                output = configured
            }
        }
        let live = try LiveComposition.endpoints(arguments.strings("subgraph"))
        if !live.isEmpty { entries = live.map { (name: $0.name, url: $0.url, file: nil) } }

        var subgraphs: [SubgraphDefinition] = []
        let client = HTTPClient()
        for entry in entries {
            guard let file = entry.file else {
                let sdl = try await LiveComposition.fetchSDL(
                    name: entry.name, url: entry.url, client: client)
                subgraphs.append(SubgraphDefinition(name: entry.name, url: entry.url, sdl: sdl))
                continue
            }
            guard let sdl = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CLIError("Cannot read \(file) (subgraph \(entry.name)).")
            }
            subgraphs.append(SubgraphDefinition(name: entry.name, url: entry.url, sdl: sdl))
        }

        let supergraph: Supergraph
        do {
            supergraph = try Composer.compose(subgraphs)
        } catch let failure as CompositionErrors {
            report(failure.errors)
            return 1
        } catch let failure as CompositionError {
            report([failure])
            return 1
        }

        let directory = (output as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        }
        try supergraph.sdl.write(toFile: output, atomically: true, encoding: .utf8)
        print("Composed \(subgraphs.map(\.name).joined(separator: ", ")) into \(output).")
        return 0
    }

    static func report(_ errors: [CompositionError]) {
        printError("Composition failed with \(errors.count) error\(errors.count == 1 ? "" : "s"):")
        for error in errors {
            var line = "  \(error.code): \(error.message)"
            if !error.subgraphs.isEmpty { line += " [\(error.subgraphs.joined(separator: ", "))]" }
            if !error.locations.isEmpty { line += " at \(error.locations.joined(separator: ", "))" }
            printError(line)
        }
    }

    private static func readConfig(
        _ path: String
    ) throws -> (entries: [(name: String, url: String, file: String?)], output: String?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("Cannot read the config \(path).")
        }
        let config: JSON
        do {
            config = try JSONReader.parse(Array(data))
        } catch {
            throw CLIError("\(path) is not valid JSON: \(error.message) at byte \(error.offset).")
        }
        guard let list = config["subgraphs"]?.arrayValue, !list.isEmpty else {
            throw CLIError("\(path) needs a non-empty \"subgraphs\" list.")
        }
        var entries: [(name: String, url: String, file: String?)] = []
        for (index, item) in list.enumerated() {
            guard let name = item["name"]?.stringValue, let url = item["url"]?.stringValue else {
                throw CLIError("\(path): subgraphs[\(index)] needs string name and url.")
            }
            entries.append((name, url, item["sdl"]?.stringValue))
        }
        return (entries, config["output"]?.stringValue)
    }
}
