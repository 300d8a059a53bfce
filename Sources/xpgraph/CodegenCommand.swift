import Foundation
import GraphQL
import JSON
import SchemaTools

/// `xpgraph codegen swift|client`: Swift types and resolver protocols for a schema, or
/// TypeScript types and a persisted-query manifest for client operations.
enum CodegenCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        guard let target = arguments.positionals.first, ["swift", "client"].contains(target) else {
            throw CLIError(
                "Usage: xpgraph codegen swift|client --schema S.graphql ...", exitCode: 2)
        }
        guard let schemaPath = arguments.string("schema") else {
            throw CLIError("--schema S.graphql is required.", exitCode: 2)
        }
        guard let output = arguments.string("output") else {
            throw CLIError("--output DIR is required.", exitCode: 2)
        }
        guard let sdl = try? String(contentsOfFile: schemaPath, encoding: .utf8) else {
            throw CLIError("Cannot read \(schemaPath).", exitCode: 2)
        }
        let schema: Schema
        do {
            schema = try SchemaLoading.schema(sdl: sdl)
        } catch {
            throw CLIError("\(schemaPath) is not a valid schema: \(error)")
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)

        if target == "swift" {
            let base = ((schemaPath as NSString).lastPathComponent as NSString)
                .deletingPathExtension
            let namespace = arguments.string("namespace") ?? defaultNamespace(base)
            let file = (output as NSString).appendingPathComponent(
                arguments.string("file") ?? "\(namespace)Generated.swift")
            let code = SwiftCodegen(
                schema: schema, namespace: namespace,
                sourceName: arguments.string("source-name") ?? schemaPath
            ).generate()
            try code.write(toFile: file, atomically: true, encoding: .utf8)
            print("Wrote \(file).")
            return 0
        }

        guard let operations = arguments.string("operations") else {
            throw CLIError("--operations DIR is required for client code.", exitCode: 2)
        }
        var scalars: [String: String] = [:]
        for item in arguments.strings("scalar") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CLIError("--scalar needs Name=tsType, not \"\(item)\".", exitCode: 2)
            }
            scalars[parts[0]] = parts[1]
        }
        let documents: [ClientDocument]
        do {
            documents = try ClientDocuments.load(directory: operations)
        } catch let error as ToolError {
            throw CLIError(error.message, exitCode: 2)
        }
        let result = ClientCodegen(schema: schema, scalars: scalars).generate(documents)
        for problem in result.problems {
            printError("\(problem.origin):\(problem.line ?? 0): \(problem.message)")
        }
        let typesFile = (output as NSString).appendingPathComponent("operations.ts")
        let manifestFile = (output as NSString).appendingPathComponent(
            "persisted-query-manifest.json")
        try result.typeScript.write(toFile: typesFile, atomically: true, encoding: .utf8)
        try (result.manifest.json.serialized + "\n").write(
            toFile: manifestFile, atomically: true, encoding: .utf8)
        print(
            "Wrote \(typesFile) and \(manifestFile) (\(result.manifest.entries.count) operations).")
        return result.problems.isEmpty ? 0 : 1
    }

    /// `gps` -> `GPS`, `users` -> `Users`.
    static func defaultNamespace(_ base: String) -> String {
        if base.count <= 3 { return base.uppercased() }
        return base.prefix(1).uppercased() + base.dropFirst()
    }
}
