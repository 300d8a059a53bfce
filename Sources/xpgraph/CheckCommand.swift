import Federation
import Foundation
import GraphQL
import JSON
import SchemaTools

/// `xpgraph check`: composes the changed subgraphs, classifies every difference from the
/// old API schema and validates client operations against the new one.
///
/// Exit status: 0 when it passes; 1 on composition errors, breaking changes (unless allowed)
/// or operations that no longer validate.
enum CheckCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let format = arguments.string("format") ?? "text"
        guard ["text", "json", "github"].contains(format) else {
            throw CLIError("--format must be text, json or github, not \"\(format)\".", exitCode: 2)
        }
        let entries = try subgraphEntries(arguments)

        let old = try oldSchema(arguments, entries: entries)
        var documents: [ClientDocument] = []
        do {
            for directory in arguments.strings("operations") {
                documents += try ClientDocuments.load(directory: directory)
            }
            for manifest in arguments.strings("manifest") {
                documents += try ClientDocuments.load(manifest: manifest)
            }
        } catch let error as ToolError {
            throw CLIError(error.message, exitCode: 2)
        }

        var result: SchemaCheckResult
        do {
            let supergraph = try Composer.compose(entries.map(\.definition))
            result = SchemaCheck.run(
                old: old, new: supergraph.apiSchema, documents: documents,
                allowUnusedRemovals: arguments.flag("allow-unused-removals"))
        } catch let failure as CompositionErrors {
            result = compositionFailure(failure.errors, documents: documents)
        } catch let failure as CompositionError {
            result = compositionFailure([failure], documents: documents)
        } catch {
            // A subgraph SDL that does not parse or build stops composition too.
            result = SchemaCheckResult(
                findings: [], problems: [], compositionErrors: ["\(error)"],
                operationCount: documents.count)
        }

        switch format {
        case "json":
            print(result.json().serialized)
        case "github":
            let locator = SDLLocator(files: entries.map { ($0.path, $0.definition.sdl) })
            print(result.githubAnnotations(locate: { locator.locate($0) }))
        default:
            print(result.text())
        }
        return result.passes ? 0 : 1
    }

    struct Entry {
        var path: String
        var definition: SubgraphDefinition
    }

    /// The project's schema files (schema/<name>.graphql, where present) with each
    /// `--subgraph name=path.graphql` replacing or adding one: a change to one subgraph
    /// is checked against the whole graph, not composed alone.
    static func subgraphEntries(_ arguments: Arguments) throws -> [Entry] {
        var pairs: [(String, String)] = ComposeCommand.defaultSubgraphs.map {
            ($0.name, "schema/\($0.name).graphql")
        }.filter { FileManager.default.fileExists(atPath: $0.1) }
        for item in arguments.strings("subgraph") {
            guard let equals = item.firstIndex(of: "=") else {
                throw CLIError("--subgraph needs name=path.graphql, not \"\(item)\".", exitCode: 2)
            }
            let name = String(item[..<equals])
            let path = String(item[item.index(after: equals)...])
            if let index = pairs.firstIndex(where: { $0.0 == name }) {
                pairs[index] = (name, path)
            } else {
                pairs.append((name, path))
            }
        }
        guard !pairs.isEmpty else {
            throw CLIError("No subgraphs: pass --subgraph name=path.graphql.", exitCode: 2)
        }
        return try pairs.map { name, path in
            guard let sdl = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError("Cannot read \(path) (subgraph \(name)).", exitCode: 2)
            }
            return Entry(
                path: path,
                definition: SubgraphDefinition(
                    name: name, url: "http://\(name).invalid/graphql", sdl: sdl))
        }
    }

    /// `--supergraph FILE` as it is, or the same subgraph files composed at `--base-rev`.
    static func oldSchema(_ arguments: Arguments, entries: [Entry]) throws -> Schema {
        if let path = arguments.string("supergraph") {
            guard let sdl = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError("Cannot read the supergraph \(path).", exitCode: 2)
            }
            return try Supergraph(sdl: sdl).apiSchema
        }
        guard let revision = arguments.string("base-rev") else {
            throw CLIError("Give --supergraph FILE or --base-rev GITREV.", exitCode: 2)
        }
        var definitions: [SubgraphDefinition] = []
        for entry in entries {
            // A subgraph missing at the base revision is new: the base composes without it.
            guard let sdl = gitShow(revision, entry.path) else { continue }
            definitions.append(
                SubgraphDefinition(name: entry.definition.name, url: entry.definition.url, sdl: sdl)
            )
        }
        guard !definitions.isEmpty else {
            throw CLIError("None of the subgraph files exist at \(revision).", exitCode: 2)
        }
        do {
            return try Composer.compose(definitions).apiSchema
        } catch {
            throw CLIError("The subgraphs at \(revision) do not compose: \(error)", exitCode: 2)
        }
    }

    static func gitShow(_ revision: String, _ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let relative = path.hasPrefix("/") ? path : "./" + path
        process.arguments = ["git", "show", "\(revision):\(relative)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func compositionFailure(
        _ errors: [CompositionError], documents: [ClientDocument]
    ) -> SchemaCheckResult {
        var result = SchemaCheckResult(findings: [], problems: [], operationCount: documents.count)
        result.compositionErrors = errors.map { error in
            var line = "\(error.code): \(error.message)"
            if !error.subgraphs.isEmpty { line += " [\(error.subgraphs.joined(separator: ", "))]" }
            return line
        }
        return result
    }
}
