import Federation
import Foundation
import GraphQL

/// `xpgraph bench-planner`: cold and cached query planning time.
///
/// Two workloads: the reference operation (`schema/operations/Dashboard.graphql`
/// over the composed `schema/*.graphql`), and a query of 50 chained fragments
/// over a generated supergraph of 100 entity types in 4 subgraphs. Cold means a
/// planner with an empty cache; cached means the same document planned again.
/// The document is parsed once; parsing is not part of the figures. Times are
/// the planning thread's CPU time, so other load on the machine does not
/// inflate them (wall time does, on a shared build machine).
enum BenchPlannerCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let iterations = try arguments.int("iterations", default: 2_000)
        guard iterations > 0 else { throw CLIError("--iterations must be positive.") }

        var subgraphs: [SubgraphDefinition] = []
        for name in ComposeCommand.defaultSubgraphs.map(\.name) {
            let file = "schema/\(name).graphql"
            guard let sdl = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CLIError("Cannot read \(file); run from the repository root.")
            }
            subgraphs.append(SubgraphDefinition(name: name, url: "http://\(name)", sdl: sdl))
        }
        let queryFile = arguments.string("query") ?? "schema/operations/Dashboard.graphql"
        guard let reference = try? String(contentsOfFile: queryFile, encoding: .utf8) else {
            throw CLIError("Cannot read \(queryFile).")
        }
        let xp = try Composer.compose(subgraphs)
        try measure("reference (\(queryFile))", xp, reference, iterations: iterations)

        let generated = try Composer.compose(GeneratedSupergraph.subgraphs(types: 100))
        try measure(
            "50 fragments over 100 types", generated, GeneratedSupergraph.query(fragments: 50),
            iterations: max(iterations / 10, 1))
        return 0
    }

    private static func measure(
        _ label: String, _ supergraph: Supergraph, _ query: String, iterations: Int
    ) throws {
        let document = try parse(query)
        let first = try QueryPlanner(supergraph: supergraph).plan(document, operationName: nil)

        var cold: [Double] = []
        cold.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let planner = QueryPlanner(supergraph: supergraph)
            let start = ThreadClock.now()
            _ = try planner.plan(document, operationName: nil)
            cold.append(ThreadClock.now() - start)
        }

        let planner = QueryPlanner(supergraph: supergraph)
        _ = try planner.plan(document, operationName: nil)
        let rounds = iterations * 20
        let start = ThreadClock.now()
        for _ in 0..<rounds { _ = try planner.plan(document, operationName: nil) }
        let cached = (ThreadClock.now() - start) / Double(rounds)

        cold.sort()
        print("\(label): \(first.fetchCount) fetches")
        print(
            "  cold:   median \(format(cold[cold.count / 2])), p99 \(format(cold[cold.count * 99 / 100])) (\(iterations) plans)"
        )
        print("  cached: mean \(format(cached)) (\(rounds) plans)")
    }

    private static func format(_ seconds: Double) -> String {
        seconds >= 1e-3
            ? String(format: "%.3f ms", seconds * 1e3) : String(format: "%.2f µs", seconds * 1e6)
    }
}

/// A synthetic supergraph for planner benchmarks: entity types `T0`..`Tn-1`
/// spread over 4 subgraphs, each type owned by one subgraph, extended with a
/// `score` by the next one, and linking to the next type through `next`.
enum GeneratedSupergraph {
    static func subgraphs(types count: Int) -> [SubgraphDefinition] {
        let graphs = 4
        var sdl = [String](
            repeating:
                "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n",
            count: graphs)
        sdl[0] += "type Query {\n  all: [T0!]!\n  t0(id: ID!): T0\n}\n"
        for index in 0..<count {
            let owner = index % graphs
            let extender = (index + 1) % graphs
            var fields = "  id: ID!\n  name: String\n  rank: Int\n"
            if index + 1 < count { fields += "  next: T\(index + 1)\n" }
            sdl[owner] += "type T\(index) @key(fields: \"id\") {\n\(fields)}\n"
            sdl[extender] += "type T\(index) @key(fields: \"id\") {\n  id: ID!\n  score: Int\n}\n"
            if index > 0 {
                let referrer = (index - 1) % graphs
                if referrer != owner && referrer != extender {
                    sdl[referrer] +=
                        "type T\(index) @key(fields: \"id\", resolvable: false) {\n  id: ID!\n}\n"
                }
            }
        }
        return sdl.enumerated().map { index, text in
            SubgraphDefinition(name: "s\(index)", url: "http://s\(index)", sdl: text)
        }
    }

    /// `query { all { ...F0 } }` where `Fi on Ti` selects its fields and `next { ...Fi+1 }`.
    static func query(fragments: Int) -> String {
        var text = "query Chain {\n  all {\n    ...F0\n  }\n}\n"
        for index in 0..<fragments {
            text += "fragment F\(index) on T\(index) {\n  id\n  name\n  score\n"
            if index + 1 < fragments { text += "  next {\n    ...F\(index + 1)\n  }\n" }
            text += "}\n"
        }
        return text
    }
}

/// CPU time of the calling thread, in seconds.
enum ThreadClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
