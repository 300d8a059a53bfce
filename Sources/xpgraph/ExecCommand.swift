import Foundation
import GraphQL
import JSON
import Mock

/// `xpgraph exec`: runs one operation against a schema whose fields read a JSON document, and
/// prints the response as a server would send it.
enum ExecCommand {
    static let usage =
        "Usage: xpgraph exec --schema S.graphql --data root.json [--variables V.json] [--operation NAME] [QUERY_FILE | -]"

    /// On the main actor: the files and standard input are read with blocking calls, which
    /// must stay off the cooperative pool.
    @MainActor
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let service = try MockFiles.service(arguments, usage: usage)
        var variables: JSONObject?
        if let file = arguments.string("variables") {
            switch try MockFiles.json(file, what: "variables") {
            case .object(let object): variables = object
            case .null: variables = nil
            default: throw CLIError("\(file): the variables must be a JSON object.")
            }
        }
        guard arguments.positionals.count <= 1 else { throw CLIError(usage, exitCode: 2) }
        let queryFile = arguments.positionals.first ?? "-"
        let query = String(decoding: try MockFiles.read(queryFile, what: "query"), as: UTF8.self)

        let result = await service.execute(
            query, operationName: arguments.string("operation"), variables: variables)
        print(result.json.serialized)
        return 0
    }
}

/// Reading the schema, data and other files the mock commands take.
enum MockFiles {
    /// The service described by `--schema` and `--data`.
    static func service(_ arguments: Arguments, usage: String) throws -> MockService {
        guard let schemaFile = arguments.string("schema"), let dataFile = arguments.string("data")
        else { throw CLIError(usage, exitCode: 2) }
        let sdl = String(decoding: try read(schemaFile, what: "schema"), as: UTF8.self)
        let root = try json(dataFile, what: "data")
        do {
            return try MockService(sdl: sdl, root: root)
        } catch {
            let place = error.message.hasPrefix("The data") ? dataFile : schemaFile
            throw CLIError("\(place): \(error.message)")
        }
    }

    /// A file's bytes; `-` is standard input.
    static func read(_ path: String, what: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("Cannot read the \(what) file \(path).")
        }
        return Array(data)
    }

    /// A file's JSON document, with the reader's message when it is not valid JSON.
    static func json(_ path: String, what: String) throws -> JSON {
        let bytes = try read(path, what: what)
        do {
            return try JSONReader.parse(bytes)
        } catch {
            throw CLIError("\(path): invalid JSON at byte \(error.offset): \(error.message)")
        }
    }
}
