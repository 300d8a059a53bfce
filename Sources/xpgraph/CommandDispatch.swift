/// Maps the first argument to a subcommand and turns thrown errors into exit codes.
enum CommandDispatch {
    static func run(_ commandLine: [String]) async -> Int32 {
        guard let command = commandLine.first else {
            HelpCommand.run()
            return 2
        }
        let rest = Array(commandLine.dropFirst())
        do {
            try KnownOptions.check(command, rest)
            switch command {
            case "serve": return try await ServeCommand.run(try Arguments(rest))
            case "subgraph": return try await SubgraphCommand.run(try Arguments(rest))
            case "gateway": return try await GatewayCommand.run(try Arguments(rest))
            case "compose": return try await ComposeCommand.run(try Arguments(rest))
            case "migrate": return try await MigrateCommand.run(try Arguments(rest))
            case "seed": return try await SeedCommand.run(try Arguments(rest))
            case "plan": return try PlanCommand.run(try Arguments(rest, switches: ["json"]))
            case "bench": return try await BenchCommand.run(try Arguments(rest))
            case "bench-planner": return try BenchPlannerCommand.run(try Arguments(rest))
            case "bench-subgraphs": return try await BenchSubgraphsCommand.run(try Arguments(rest))
            case "exec": return try await ExecCommand.run(try Arguments(rest))
            case "mock": return try await MockCommand.run(try Arguments(rest))
            case "check":
                return try CheckCommand.run(
                    try Arguments(rest, switches: ["allow-unused-removals"]))
            case "codegen": return try CodegenCommand.run(try Arguments(rest))
            case "introspect": return try await IntrospectCommand.run(try Arguments(rest))
            case "help", "--help", "-h":
                HelpCommand.run()
                return 0
            default:
                printError("Unknown command \"\(command)\". Run xpgraph help.")
                return 2
            }
        } catch let error as CLIError {
            printError("xpgraph \(command): \(error.message)")
            return error.exitCode
        } catch {
            printError("xpgraph \(command): \(error)")
            return 1
        }
    }
}
