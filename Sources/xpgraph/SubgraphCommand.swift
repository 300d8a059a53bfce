import Foundation
import HTTP
import Observability
import Postgres
import Redis

/// `xpgraph subgraph <name> --port P`: one subgraph as its own process.
enum SubgraphCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        guard let name = arguments.positionals.first, SubgraphHosting.names.contains(name) else {
            throw CLIError(
                "Usage: xpgraph subgraph <\(SubgraphHosting.names.joined(separator: "|"))> --port P"
            )
        }
        let port = try arguments.int(
            "port", default: 4001 + (SubgraphHosting.names.firstIndex(of: name) ?? 0))
        let host = arguments.string("host") ?? "0.0.0.0"
        let logger = Logger.fromEnvironment(labels: ["component": .string(name)])

        let database = try PostgresPool(url: try Environment.required("DATABASE_URL"), size: 8)
        defer { database.close() }
        let redis = try RedisClient(url: try Environment.required("REDIS_URL"))
        let server = try SubgraphHosting.makeHTTPServer(
            name, host: host, port: port, database: database, redis: redis,
            jwtSecret: try Environment.jwtSecret(), logger: logger)
        try server.start()
        print("Subgraph \(name) on http://localhost:\(server.boundPort)/graphql")

        let signal = await Signals.waitForTermination()
        logger.info("subgraph.stopping", ["signal": .int(Int(signal))])
        server.stop()
        return 0
    }
}
