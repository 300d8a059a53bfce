import Federation
import Foundation
import Gateway
import HTTP
import Observability
import Redis

/// `xpgraph gateway`: the gateway alone, from a supergraph file or live subgraphs.
enum GatewayCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let port = try arguments.int("port", default: 4000)
        let host = arguments.string("host") ?? "0.0.0.0"
        let logger = Logger.fromEnvironment(labels: ["component": "gateway"])

        let supergraph: Supergraph
        let specs = arguments.strings("subgraph")
        if !specs.isEmpty {
            let endpoints = try LiveComposition.endpoints(specs)
            supergraph = try await LiveComposition.compose(endpoints, client: HTTPClient())
        } else {
            let path = arguments.string("supergraph") ?? "schema/supergraph.graphql"
            guard let sdl = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError(
                    "Cannot read \(path); pass --supergraph FILE or --subgraph name=url.")
            }
            supergraph = try Supergraph(sdl: sdl)
        }

        let redis = try (arguments.string("redis") ?? Environment.value("REDIS_URL")).map {
            try RedisClient(url: $0)
        }
        let secret = try Environment.optionalJWTSecret(file: arguments.string("jwt-secret-file"))
        if secret == nil {
            logger.warn("gateway.no_jwt_secret", ["detail": "tokens are checked by subgraphs only"])
        }

        let gateway = Gateway(
            configuration: GatewayConfiguration(
                supergraph: supergraph, jwtSecret: secret, redis: redis, logger: logger,
                safelist: try SafelistOption.load(arguments)))
        let server = HTTPServer(host: host, port: port, handler: gateway.handle)
        try server.start()
        logger.info(
            "gateway.started", ["url": .string("http://\(host):\(server.boundPort)/graphql")])
        printNow("Gateway on http://localhost:\(server.boundPort)/graphql")

        let signal = await Signals.waitForTermination()
        logger.info("gateway.stopping", ["signal": .int(Int(signal))])
        server.stop()
        return 0
    }
}
