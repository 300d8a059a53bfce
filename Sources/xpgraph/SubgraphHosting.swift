import HTTP
import Observability
import Postgres
import Redis
import SubgraphKit
import XPSubgraphs

/// Builds an HTTP server for one of the XP subgraphs.
enum SubgraphHosting {
    static let names = XPSubgraph.allCases.map(\.rawValue)

    static func makeHTTPServer(
        _ name: String, host: String, port: Int, database: PostgresPool, redis: RedisClient,
        jwtSecret: [UInt8], logger: Logger
    ) throws -> HTTPServer {
        guard let which = XPSubgraph(rawValue: name) else {
            throw CLIError("Unknown subgraph \"\(name)\".")
        }
        let subgraph = makeServer(which, database: database, redis: redis, jwtSecret: jwtSecret)
        return HTTPServer(host: host, port: port, handler: subgraph.handle)
    }
}
