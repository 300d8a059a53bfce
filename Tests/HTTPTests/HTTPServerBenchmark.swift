import Foundation
import HTTP
import XCTest

/// Serves a trivial handler for `HTTP_BENCH_SECONDS` seconds on `HTTP_BENCH_PORT`, for
/// load tools such as `wrk`; skipped unless the variable is set. Prints no figures itself.
final class HTTPServerBenchmark: XCTestCase {
    func testServeTrivialHandler() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let seconds = environment["HTTP_BENCH_SECONDS"].flatMap(Double.init) else {
            throw XCTSkip("Set HTTP_BENCH_SECONDS to serve for a load test.")
        }
        let port = environment["HTTP_BENCH_PORT"].flatMap(Int.init) ?? 8090
        let server = HTTPServer(port: port) { _ in
            HTTPResponse(contentType: "text/plain", body: "ok")
        }
        try server.start()
        try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
        server.stop()
    }
}
