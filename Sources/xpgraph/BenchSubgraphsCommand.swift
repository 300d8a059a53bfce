import Federation
import Foundation
import Gateway
import GraphQL
import HTTP
import JSON
import Observability
import SubgraphKit
import Synchronization

/// `xpgraph bench-subgraphs`: the public federation gateway benchmark's four
/// subgraphs (accounts, inventory, products, reviews) with its static data, on
/// ports `--port-base` to `--port-base + 3`, for measuring the gateway.
///
/// With `--replay N --body FILE` it serves nothing: it sends the request N times
/// through an in-process gateway whose subgraph fetches replay the responses
/// recorded on the first request, and prints the time per request. That is
/// the gateway's own work without sockets, steady enough to compare builds
/// (under `valgrind --tool=callgrind`, as instructions per request).
enum BenchSubgraphsCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let base = try arguments.int("port-base", default: 4201)
        let host = arguments.string("host") ?? "127.0.0.1"
        let directory = arguments.string("sdl-dir") ?? "bench/gateway/sdl-fed1"
        let threads = try arguments.int("threads", default: 2)
        let replays = try arguments.int("replay", default: 0)
        if replays > 0 {
            return try await GatewayReplay.run(
                directory: directory,
                body: arguments.string("body") ?? "bench/gateway/request.json",
                count: replays)
        }

        var servers: [HTTPServer] = []
        defer { for server in servers.reversed() { server.stop() } }
        for (offset, name) in BenchSubgraphs.names.enumerated() {
            let path = "\(directory)/\(name).graphql"
            guard let sdl = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError("Cannot read \(path); pass --sdl-dir with the Fed 1 SDL files.")
            }
            let subgraph = try BenchSubgraphs.makeServer(name, sdl: sdl)
            let server = HTTPServer(
                host: host, port: base + offset, threads: threads, handler: subgraph.handle)
            try server.start()
            servers.append(server)
            printNow("Subgraph \(name) on http://\(host):\(server.boundPort)/graphql")
        }

        _ = await Signals.waitForTermination()
        return 0
    }
}

/// The benchmark's query through an in-process gateway over recorded subgraph responses.
enum GatewayReplay {
    static func run(directory: String, body path: String, count: Int) async throws -> Int32 {
        guard let body = FileManager.default.contents(atPath: path) else {
            throw CLIError("Cannot read \(path).")
        }
        var servers: [String: SubgraphServer] = [:]
        var definitions: [SubgraphDefinition] = []
        for name in BenchSubgraphs.names {
            let file = "\(directory)/\(name).graphql"
            guard let sdl = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CLIError("Cannot read \(file).")
            }
            servers[name] = try BenchSubgraphs.makeServer(name, sdl: sdl)
            definitions.append(
                SubgraphDefinition(name: name, url: "http://\(name).invalid/graphql", sdl: sdl))
        }
        let transport = ReplayTransport(servers: servers)
        let gateway = Gateway(
            configuration: GatewayConfiguration(
                supergraph: try Composer.compose(definitions),
                logger: Logger(level: .error, sink: .discard)),
            transport: transport)
        let request = HTTPRequest(
            method: "POST", path: "/graphql",
            headers: HTTPHeaders([("Content-Type", "application/json")]), body: Array(body))

        let first = await gateway.handle(request)
        transport.stopRecording()
        let start = MonotonicClock.now()
        var size = 0
        for _ in 0..<count {
            size = await gateway.handle(request).body.count
        }
        let perRequest = (MonotonicClock.now() - start) / Double(count)
        printNow(
            "status \(first.status), response \(size) bytes, \(count) replays: "
                + String(format: "%.1f", perRequest * 1e6) + " µs per request")
        return 0
    }
}

/// Answers fetches from the subgraph servers in process, recording each answer
/// by subgraph and body, then replays the recording.
final class ReplayTransport: SubgraphTransport, Sendable {
    private let servers: [String: SubgraphServer]
    private let state = Mutex((recording: true, answers: [String: [UInt8]]()))

    init(servers: [String: SubgraphServer]) {
        self.servers = servers
    }

    func stopRecording() {
        state.withLock { $0.recording = false }
    }

    func send(
        subgraph: String, url: String, body: [UInt8], headers: [(String, String)]
    ) async throws -> [UInt8] {
        let key = subgraph + "\n" + String(decoding: body, as: UTF8.self)
        let (recording, answer) = state.withLock { ($0.recording, $0.answers[key]) }
        if let answer { return answer }
        guard recording, let server = servers[subgraph] else {
            throw CLIError("No recorded answer from \(subgraph).")
        }
        let response = await server.handle(
            HTTPRequest(
                method: "POST", path: "/graphql",
                headers: HTTPHeaders(headers + [("Content-Type", "application/json")]),
                body: body))
        state.withLock { $0.answers[key] = response.body }
        return response.body
    }
}

/// The benchmark's subgraphs on SubgraphKit, answering like its reference services.
enum BenchSubgraphs {
    static let names = ["accounts", "inventory", "products", "reviews"]

    /// A server for one subgraph; `sdl` is its Federation 1 schema.
    static func makeServer(_ name: String, sdl: String) throws -> SubgraphServer {
        let (resolvers, entities) = try definition(name)
        return try SubgraphServer(
            name: name, sdl: sdl, resolvers: resolvers, entityResolvers: entities
        ) { _ in RequestContext(identity: nil) }
    }

    private static func definition(_ name: String) throws -> (ResolverMap, [String: EntityResolver])
    {
        switch name {
        case "accounts": return accounts()
        case "inventory": return inventory()
        case "products": return products()
        case "reviews": return reviews()
        default: throw CLIError("Unknown benchmark subgraph \"\(name)\".")
        }
    }

    /// Users by id; `me` is user 1.
    private static func accounts() -> (ResolverMap, [String: EntityResolver]) {
        let users = BenchData.users.map { user -> JSON in
            [
                "__typename": "User", "id": .string(user.id), "name": .string(user.name),
                "username": .string(user.username), "birthday": .int(BenchData.birthday),
            ]
        }
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "me") { _ in users[0] }
        resolvers.setSync("Query", "users") { _ in users }
        resolvers.setSync("Query", "user") { field in
            let id = field.arguments["id"]?.stringValue
            return users.first { $0["id"]?.stringValue == id }
        }
        let entities = entityResolver { representation in
            let id = representation["id"]?.stringValue
            return users.first { $0["id"]?.stringValue == id }
        }
        return (resolvers, ["User": entities])
    }

    /// Products by upc; `topProducts(first:)` is the first `first` of them.
    private static func products() -> (ResolverMap, [String: EntityResolver]) {
        let products = BenchData.products.map { product -> JSON in
            [
                "__typename": "Product", "upc": .string(product.upc),
                "name": .string(product.name), "price": .int(product.price),
                "weight": .int(product.weight),
            ]
        }
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "topProducts") { field in
            let first = field.arguments["first"]?.intValue ?? 5
            return Array(products.prefix(max(0, first)))
        }
        let entities = entityResolver { representation in
            let upc = representation["upc"]?.stringValue
            return products.first { $0["upc"]?.stringValue == upc }
        }
        return (resolvers, ["Product": entities])
    }

    /// Stock per product and the shipping estimate.
    ///
    /// Like the benchmark's own service, the entity is the inventory record
    /// found by upc alone: the price and weight the gateway sends (`@requires`)
    /// are not read, so `shippingEstimate` is null, as in the published response.
    private static func inventory() -> (ResolverMap, [String: EntityResolver]) {
        let records = BenchData.products.map { product -> JSON in
            [
                "__typename": "Product", "upc": .string(product.upc),
                "inStock": .bool(product.inStock), "price": .null, "weight": .null,
            ]
        }
        var resolvers = ResolverMap()
        resolvers.setSync("Product", "shippingEstimate") { field in
            guard let record = field.parent as? JSON, let price = record["price"]?.intValue
            else { return nil }
            if price > 1000 { return 0 }
            return record["weight"]?.intValue.map { $0 / 2 }
        }
        let entities = entityResolver { representation in
            let upc = representation["upc"]?.stringValue
            return records.first { $0["upc"]?.stringValue == upc }
        }
        return (resolvers, ["Product": entities])
    }

    /// Reviews, each product's reviews, and users' reviews.
    ///
    /// As in the benchmark's service, every review's author is user 1 with
    /// username "urigo", and every user's reviews are reviews 1 and 2.
    private static func reviews() -> (ResolverMap, [String: EntityResolver]) {
        let reviews = BenchData.reviews.map { review -> JSON in
            [
                "__typename": "Review", "id": .string(review.id), "body": .string(review.body),
                "product": ["__typename": "Product", "upc": .string(review.upc)],
            ]
        }
        let usersReviews = Array(reviews.prefix(2))
        let author: JSON = ["__typename": "User", "id": "1", "username": "urigo"]

        var resolvers = ResolverMap()
        resolvers.setSync("Review", "author") { _ in author }
        resolvers.setSync("User", "reviews") { _ in usersReviews }
        resolvers.setSync("Product", "reviews") { field in
            let upc = (field.parent as? JSON)?["upc"]?.stringValue
            return reviews.filter { $0["product"]?["upc"]?.stringValue == upc }
        }
        let reviewEntities = entityResolver { representation in
            let id = representation["id"]?.stringValue
            return reviews.first { $0["id"]?.stringValue == id }
        }
        let userEntities = entityResolver { representation -> JSON? in
            guard let id = representation["id"]?.stringValue else { return nil }
            return ["__typename": "User", "id": .string(id), "username": "user"]
        }
        let productEntities = entityResolver { representation -> JSON? in
            guard let upc = representation["upc"]?.stringValue else { return nil }
            return ["__typename": "Product", "upc": .string(upc)]
        }
        return (
            resolvers,
            ["Review": reviewEntities, "User": userEntities, "Product": productEntities]
        )
    }

    /// An entity resolver that answers each representation at once, without a task each.
    private static func entityResolver(
        _ find: @escaping @Sendable (JSONObject) -> JSON?
    ) -> EntityResolver {
        EntityResolver(batch: { representations, _ in
            representations.map { representation in .success(find(representation)) }
        })
    }
}

/// The static data of the public gateway benchmark's subgraphs.
enum BenchData {
    struct User: Sendable {
        var id: String
        var name: String
        var username: String
    }

    struct Product: Sendable {
        var upc: String
        var name: String
        var price: Int
        var weight: Int
        var inStock: Bool
    }

    struct Review: Sendable {
        var id: String
        var body: String
        var upc: String
    }

    static let birthday = 1_234_567_890

    static let users = [
        User(id: "1", name: "Uri Goldshtein", username: "urigo"),
        User(id: "2", name: "Dotan Simha", username: "dotansimha"),
        User(id: "3", name: "Kamil Kisiela", username: "kamilkisiela"),
        User(id: "4", name: "Arda Tanrikulu", username: "ardatan"),
        User(id: "5", name: "Gil Gardosh", username: "gilgardosh"),
        User(id: "6", name: "Laurin Quast", username: "laurin"),
    ]

    static let products = [
        Product(upc: "1", name: "Table", price: 899, weight: 100, inStock: true),
        Product(upc: "2", name: "Couch", price: 1299, weight: 1000, inStock: false),
        Product(upc: "3", name: "Glass", price: 15, weight: 20, inStock: false),
        Product(upc: "4", name: "Chair", price: 499, weight: 100, inStock: false),
        Product(upc: "5", name: "TV", price: 1299, weight: 1000, inStock: true),
        Product(upc: "6", name: "Lamp", price: 6999, weight: 300, inStock: true),
        Product(upc: "7", name: "Grill", price: 3999, weight: 2000, inStock: true),
        Product(upc: "8", name: "Fridge", price: 100_000, weight: 6000, inStock: false),
        Product(upc: "9", name: "Sofa", price: 9999, weight: 800, inStock: true),
    ]

    static let reviews = [
        Review(id: "1", body: lorem, upc: "1"),
        Review(id: "2", body: sedUt, upc: "1"),
        Review(id: "3", body: sedQuia, upc: "1"),
        Review(id: "4", body: utEnim, upc: "1"),
        Review(id: "5", body: lorem, upc: "2"),
        Review(id: "6", body: sedUt, upc: "2"),
        Review(id: "7", body: sedQuia, upc: "2"),
        Review(id: "8", body: utEnim, upc: "2"),
        Review(id: "9", body: utEnim, upc: "3"),
        Review(id: "10", body: utEnim, upc: "4"),
        Review(id: "11", body: atVero, upc: "4"),
    ]

    private static let lorem =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        + "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        + "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute "
        + "irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla "
        + "pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia "
        + "deserunt mollit anim id est laborum."

    private static let sedUt =
        "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium "
        + "doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore "
        + "veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam "
        + "voluptatem quia voluptas sit aspernatur aut odit aut fugi"

    private static let sedQuia =
        "sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. "
        + "Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, "
        + "adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore "
        + "magnam aliquam quaerat voluptatem."

    private static let utEnim =
        "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit "
        + "laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem"

    private static let atVero =
        "At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis "
        + "praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias "
        + "excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui "
        + "officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem "
        + "rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est "
        + "eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere "
        + "possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem "
        + "quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et "
        + "voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic "
        + "tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias "
        + "consequatur aut perferendis doloribus asperiores repellat."
}
