import Federation
import Foundation
import Gateway
import HTTP
import Observability
import Postgres
import Redis
import XPSubgraphs

/// `xpgraph serve`: the whole system on one machine with no configuration.
///
/// PostgreSQL and Redis are private servers under the data folder unless
/// DATABASE_URL and REDIS_URL name existing ones. Subgraphs run in this process
/// on ports 4001-4004 (each is also runnable alone with `xpgraph subgraph`).
enum ServeCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let dataDirectory = arguments.string("data") ?? "./data"
        let port = try arguments.int("port", default: 4000)
        let host = arguments.string("host") ?? "127.0.0.1"
        let seedUsers = try arguments.int("users", default: 1_000)
        let firstSubgraphPort = try arguments.int("subgraph-port", default: 4001)
        let logger = Logger.fromEnvironment(labels: ["component": "serve"])
        try FileManager.default.createDirectory(
            atPath: dataDirectory, withIntermediateDirectories: true)

        var stack = EmbeddedStack()
        defer { stack.stop() }
        let databaseURL =
            try Environment.value("DATABASE_URL")
            ?? stack.startPostgres(
                in: dataDirectory + "/postgres", port: try arguments.int("pg-port", default: 54329))
        let redisURL =
            try Environment.value("REDIS_URL")
            ?? stack.startRedis(
                in: dataDirectory + "/redis", port: try arguments.int("redis-port", default: 63799))
        let secret =
            try Environment.optionalJWTSecret(file: arguments.string("jwt-secret-file"))
            ?? SecretFile.loadOrCreate(at: dataDirectory + "/jwt-secret")

        let database = try PostgresPool(url: databaseURL, size: 8)
        defer { database.close() }
        let redis = try RedisClient(url: redisURL)
        try await prepareData(database, users: seedUsers, logger: logger)

        var servers: [HTTPServer] = []
        defer { for server in servers.reversed() { server.stop() } }
        var endpoints: [(name: String, url: String)] = []
        for (offset, name) in SubgraphHosting.names.enumerated() {
            let server = try SubgraphHosting.makeHTTPServer(
                name, host: "127.0.0.1", port: firstSubgraphPort + offset, database: database,
                redis: redis, jwtSecret: secret, logger: logger)
            try server.start()
            servers.append(server)
            endpoints.append((name, "http://127.0.0.1:\(server.boundPort)/graphql"))
        }

        let supergraph = try await LiveComposition.compose(endpoints, client: HTTPClient())
        let gateway = Gateway(
            configuration: GatewayConfiguration(
                supergraph: supergraph, jwtSecret: secret, redis: redis,
                logger: logger.with(["component": "gateway"]),
                safelist: try SafelistOption.load(arguments)))
        let gatewayServer = HTTPServer(
            host: host, port: port, maxBodyBytes: 8 << 20, handler: gateway.handle)
        try gatewayServer.start()
        servers.append(gatewayServer)

        printWelcome(port: gatewayServer.boundPort)
        let signal = await Signals.waitForTermination()
        logger.info("serve.stopping", ["signal": .int(Int(signal))])
        return 0
    }

    /// Migrates, then seeds demo data when there are no users yet.
    static func prepareData(_ database: PostgresPool, users: Int, logger: Logger) async throws {
        try await migrate(database: database)
        let count = try await database.query("SELECT count(*) AS n FROM users").rows.first?.int("n")
        guard count == 0 else { return }
        logger.info("serve.seeding", ["users": .int(users)])
        let summary = try await Seeder.seed(database: database, users: users)
        logger.info("serve.seeded", ["users": .int(summary.users), "forms": .int(summary.forms)])
    }

    static func printWelcome(port: Int) {
        let url = "http://localhost:\(port)/graphql"
        printNow(
            """
            XP Graph is running: \(url)

            Sign in as a demo user:
              curl -s \(url) -H 'Content-Type: application/json' \\
                -d '{"query":"mutation { login(email: \\"user1@example.test\\", password: \\"demo-password\\") { accessToken } }"}'

            Then ask for the dashboard with the token:
              curl -s \(url) -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \\
                -d '{"query":"{ me { name forms(first: 3) { totalCount nodes { title } } sessions(active: true) { id } } }"}'

            Press Ctrl-C to stop.
            """)
    }
}

/// The private PostgreSQL and Redis servers this process started, stopped in reverse.
struct EmbeddedStack {
    private var postgres: EmbeddedPostgres?
    private var redis: EmbeddedRedis?

    mutating func startPostgres(in directory: String, port: Int) throws -> String {
        var server = EmbeddedPostgres()
        let url = try server.start(dataDirectory: directory, port: port)
        postgres = server
        return url
    }

    mutating func startRedis(in directory: String, port: Int) throws -> String {
        var server = EmbeddedRedis()
        let url = try server.start(dataDirectory: directory, port: port)
        redis = server
        return url
    }

    func stop() {
        redis?.stop()
        postgres?.stop()
    }
}
