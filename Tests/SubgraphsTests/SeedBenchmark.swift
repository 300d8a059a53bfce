import Foundation
import Postgres
import XCTest

@testable import XPSubgraphs

/// Prints how long the default-size seed takes; runs only with
/// XPGRAPH_SEED_BENCH=1 (it writes 1.2 million rows).
final class SeedBenchmark: XCTestCase {
    func testDefaultSizeSeedTime() async throws {
        guard ProcessInfo.processInfo.environment["XPGRAPH_SEED_BENCH"] == "1" else {
            throw XCTSkip("Set XPGRAPH_SEED_BENCH=1 to run the seed benchmark.")
        }
        var server = EmbeddedPostgres(database: "seedbench")
        let folder = NSTemporaryDirectory() + "xpgraph-seedbench-\(UUID().uuidString.prefix(8))"
        let url = try server.start(dataDirectory: folder, port: freePort())
        defer {
            server.stop()
            try? FileManager.default.removeItem(atPath: folder)
        }
        let pool = try PostgresPool(url: url, size: 4)
        defer { pool.close() }
        try await migrate(database: pool)

        let clock = ContinuousClock()
        var summary: SeedSummary?
        let elapsed = try await clock.measure {
            summary = try await Seeder.seed(database: pool)
        }
        print("seed \(String(describing: summary!)) took \(elapsed)")
    }
}
