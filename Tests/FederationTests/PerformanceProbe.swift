import Federation
import Foundation
import GraphQL
import JSON
import XCTest

/// Prints planner and executor timings when XPGRAPH_PROBE=1; asserts nothing about time.
final class PerformanceProbe: XCTestCase {
    /// Replays recorded subgraph responses, so only gateway work is measured.
    final class ReplayTransport: SubgraphTransport, @unchecked Sendable {
        var responses: [String: [UInt8]] = [:]
        func send(subgraph: String, url: String, body: [UInt8], headers: [(String, String)])
            async throws -> [UInt8]
        {
            responses[subgraph + String(decoding: body, as: UTF8.self)]!
        }
    }

    final class RecordingTransport: SubgraphTransport, @unchecked Sendable {
        let inner: EngineTransport
        let replay = ReplayTransport()
        let lock = NSLockLike()
        init(_ inner: EngineTransport) { self.inner = inner }
        func send(subgraph: String, url: String, body: [UInt8], headers: [(String, String)])
            async throws -> [UInt8]
        {
            let bytes = try await inner.send(
                subgraph: subgraph, url: url, body: body, headers: headers)
            lock.withLock {
                replay.responses[subgraph + String(decoding: body, as: UTF8.self)] = bytes
            }
            return bytes
        }
    }

    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func testProbe() async throws {
        guard ProcessInfo.processInfo.environment["XPGRAPH_PROBE"] == "1" else { return }
        for (name, supergraph, subgraphs, world, query) in [
            (
                "dashboard", PlannerTests.xp, Fixture.xpSubgraphs, Worlds.xp,
                Fixture.schemaText("operations/Dashboard.graphql")
            ),
            (
                "bench", PlannerTests.bench, Fixture.benchSubgraphs, Worlds.bench,
                Fixture.text("bench/TestQuery.graphql")
            ),
        ] {
            let document = try parse(query)
            let planner = QueryPlanner(supergraph: supergraph)
            let rounds = 2000
            let cold = try seconds {
                for _ in 0..<rounds {
                    _ = try QueryPlanner(supergraph: supergraph).plan(document, operationName: nil)
                }
            }
            _ = try planner.plan(document, operationName: nil)
            let cached = try seconds {
                for _ in 0..<rounds * 10 { _ = try planner.plan(document, operationName: nil) }
            }
            let plan = try planner.plan(document, operationName: nil)
            let recorder = RecordingTransport(
                try EngineTransport(subgraphs: subgraphs, world: world))
            let variables: JSONObject = ["forms": 10, "submissions": 3]
            _ = await PlanExecutor(supergraph: supergraph, transport: recorder).execute(
                plan, document: document, operationName: nil, variables: variables, headers: [])
            let executor = PlanExecutor(supergraph: supergraph, transport: recorder.replay)
            let start = DispatchTime.now().uptimeNanoseconds
            var bytes = 0
            for _ in 0..<500 {
                let result = await executor.execute(
                    plan, document: document, operationName: nil, variables: variables, headers: [])
                bytes = result.json.serializedBytes.count
            }
            let execution = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / 500
            print(
                "probe \(name): cold plan \(cold / Double(rounds) * 1e6) µs, cached \(cached / Double(rounds * 10) * 1e6) µs, execute+serialize \(execution * 1e6) µs, response \(bytes) bytes"
            )
        }
    }
}
