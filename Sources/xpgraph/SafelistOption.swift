import Foundation
import Gateway
import SchemaTools

/// `--safelist manifest.json` of `xpgraph gateway` and `xpgraph serve`: a persisted-query
/// manifest (as `xpgraph codegen client` writes it) whose operations alone may run.
enum SafelistOption {
    static func load(_ arguments: Arguments) throws -> Safelist? {
        guard let path = arguments.string("safelist") else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("Cannot read the safelist \(path).")
        }
        do {
            let manifest = try PersistedQueryManifest(json: Array(data), origin: path)
            guard !manifest.entries.isEmpty else {
                throw CLIError("The safelist \(path) lists no operations.")
            }
            return Safelist(entries: manifest.entries.map { ($0.id, $0.body) })
        } catch let error as ToolError {
            throw CLIError(error.message)
        }
    }
}
