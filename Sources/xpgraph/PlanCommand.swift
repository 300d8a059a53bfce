import Federation
import Foundation
import GraphQL
import JSON

/// `xpgraph plan`: the query plan of an operation file, readable or as JSON.
enum PlanCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        guard let queryFile = arguments.positionals.first else {
            throw CLIError(
                "Usage: xpgraph plan [--supergraph F] [--operation NAME] [--label L] QUERY_FILE [--json]"
            )
        }
        let supergraphFile = arguments.string("supergraph") ?? "schema/supergraph.graphql"
        guard let sdl = try? String(contentsOfFile: supergraphFile, encoding: .utf8) else {
            throw CLIError("Cannot read \(supergraphFile); run xpgraph compose first.")
        }
        guard let query = try? String(contentsOfFile: queryFile, encoding: .utf8) else {
            throw CLIError("Cannot read \(queryFile).")
        }

        let supergraph = try Supergraph(sdl: sdl)
        let document: Document
        do {
            document = try GraphQL.parse(query)
        } catch {
            printError("\(queryFile): \(error)")
            return 1
        }
        let errors = GraphQL.validate(document, against: supergraph.apiSchema)
        guard errors.isEmpty else {
            for error in errors { printError("\(queryFile): \(error)") }
            return 1
        }

        // Progressive @override labels to switch on (`--label beta`, repeatable).
        let plan = try QueryPlanner(supergraph: supergraph).plan(
            document, operationName: arguments.string("operation"),
            overrideLabels: Set(arguments.strings("label")))
        print(arguments.flag("json") ? plan.json.serialized : plan.description)
        return 0
    }
}
