import Foundation
import XCTest

@testable import HTTP

final class HTTPServerTests: XCTestCase {
    /// Echoes what the server parsed, one fact per line, so tests can read it back.
    static let echo: @Sendable (HTTPRequest) async -> HTTPResponse = { request in
        if request.path == "/big" {
            return HTTPResponse(
                contentType: "text/plain", body: String(repeating: "abcdefghij", count: 1000))
        }
        if request.path == "/sleep" {
            try? await Task.sleep(nanoseconds: 2_000_000_000)
            return HTTPResponse(contentType: "text/plain", body: "slept")
        }
        var lines = ["method=\(request.method)", "path=\(request.path)"]
        for key in request.query.keys.sorted() {
            lines.append("query.\(key)=\(request.query[key]!)")
        }
        lines.append("x-test=\(request.headers["x-TEST"] ?? "-")")
        lines.append("body=\(String(decoding: request.body, as: UTF8.self))")
        return HTTPResponse(contentType: "text/plain", body: lines.joined(separator: "\n"))
    }

    var server: HTTPServer!
    var base: String { "http://127.0.0.1:\(server.boundPort)" }

    override func setUp() async throws {
        server = HTTPServer(port: 0, maxBodyBytes: 1 << 20, handler: Self.echo)
        try server.start()
    }

    override func tearDown() async throws {
        server.stop()
    }

    func testBoundPortIsAssigned() {
        XCTAssertGreaterThan(server.boundPort, 0)
    }

    func testGetWithPercentEncodedQuery() async throws {
        let out = try await CurlProcess.run([
            "-H", "X-Test: yes", "\(base)/a%20b?q=%7Bx%7D&plus=a+b&empty",
        ])
        XCTAssertEqual(out.written, "200")
        XCTAssertEqual(
            out.text,
            "method=GET\npath=/a b\nquery.empty=\nquery.plus=a b\nquery.q={x}\nx-test=yes\nbody=")
    }

    func testPostBody() async throws {
        let out = try await CurlProcess.run(["--data-binary", "hello", "\(base)/post"])
        XCTAssertEqual(out.written, "200")
        XCTAssertEqual(out.text, "method=POST\npath=/post\nx-test=-\nbody=hello")
    }

    func testOversizedBodyIs413AndServerKeepsServing() async throws {
        let file = try TemporaryFile(Data(count: 50 << 20))
        defer { file.remove() }

        let declared = try await CurlProcess.run(["--data-binary", "@\(file.path)", "\(base)/post"])
        XCTAssertEqual(declared.written, "413")

        let chunked = try await CurlProcess.run([
            "-H", "Transfer-Encoding: chunked", "--data-binary", "@\(file.path)", "\(base)/post",
        ])
        // Without a declared length the server reads a few megabytes, then cuts the connection.
        XCTAssertTrue(["413", "100", "000"].contains(chunked.written), chunked.written)

        let after = try await CurlProcess.run(["--data-binary", "ok", "\(base)/post"])
        XCTAssertEqual(after.written, "200")
        XCTAssertTrue(after.text.hasSuffix("body=ok"))
    }

    func testChunkedBodySlightlyOverLimitGets413() async throws {
        let file = try TemporaryFile(Data(count: (1 << 20) + 1))
        defer { file.remove() }

        let out = try await CurlProcess.run([
            "-H", "Transfer-Encoding: chunked", "--data-binary", "@\(file.path)", "\(base)/post",
        ])
        XCTAssertEqual(out.written, "413")
    }

    func testLargeResponseIsGzippedWhenAccepted() async throws {
        let compressed = try await CurlProcess.run(
            ["--compressed", "-D", "-", "\(base)/big"], writeOut: "")
        XCTAssertEqual(compressed.text, String(repeating: "abcdefghij", count: 1000))

        let headers = try await CurlProcess.run(
            ["-H", "Accept-Encoding: gzip", "-D", "/dev/stdout", "\(base)/big"], writeOut: "")
        let lowered = headers.written.lowercased()
        XCTAssertTrue(lowered.contains("content-encoding: gzip"), lowered)
        XCTAssertTrue(lowered.contains("vary: accept-encoding"), lowered)
        XCTAssertLessThan(headers.body.count, 1000)

        let plain = try await CurlProcess.run(["-D", "/dev/stdout", "\(base)/big"], writeOut: "")
        XCTAssertFalse(plain.written.lowercased().contains("content-encoding"))
        XCTAssertEqual(plain.body.count, 10_000)
    }

    func testSmallResponseIsNotCompressed() async throws {
        let out = try await CurlProcess.run(
            ["-H", "Accept-Encoding: gzip", "-D", "/dev/stdout", "\(base)/small"], writeOut: "")
        XCTAssertFalse(out.written.lowercased().contains("content-encoding"))
        XCTAssertTrue(out.text.hasPrefix("method=GET"))
    }

    func testGzipRequestBodyIsInflated() async throws {
        let body = Array(String(repeating: "xyz", count: 500).utf8)
        let file = try TemporaryFile(Data(Gzip.compress(body)))
        defer { file.remove() }

        let out = try await CurlProcess.run([
            "-H", "Content-Encoding: gzip", "--data-binary", "@\(file.path)", "\(base)/post",
        ])
        XCTAssertEqual(out.written, "200")
        XCTAssertTrue(out.text.hasSuffix("body=" + String(repeating: "xyz", count: 500)))

        let garbage = try await CurlProcess.run([
            "-H", "Content-Encoding: gzip", "--data-binary", "not gzip", "\(base)/post",
        ])
        XCTAssertEqual(garbage.written, "400")

        let unknown = try await CurlProcess.run([
            "-H", "Content-Encoding: br", "--data-binary", "x", "\(base)/post",
        ])
        XCTAssertEqual(unknown.written, "415")
    }

    func testGzipBombIsRefusedWith413() async throws {
        let bomb = Gzip.compress([UInt8](repeating: 0, count: 4 << 20))
        XCTAssertLessThan(bomb.count, 1 << 20)
        let file = try TemporaryFile(Data(bomb))
        defer { file.remove() }

        let out = try await CurlProcess.run([
            "-H", "Content-Encoding: gzip", "--data-binary", "@\(file.path)", "\(base)/post",
        ])
        XCTAssertEqual(out.written, "413")
    }

    func testKeepAliveReusesOneConnection() async throws {
        let out = try await CurlProcess.run(
            [
                "\(base)/one", "-o", "/dev/null", "\(base)/two", "-o", "/dev/null", "\(base)/three",
            ], writeOut: "%{num_connects} ")
        XCTAssertEqual(out.written, "1 0 0 ")
    }

    func testManyConcurrentRequests() async throws {
        let client = HTTPClient()
        let base = self.base
        let bodies = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<200 {
                group.addTask {
                    let response = try await client.post(
                        url: "\(base)/n", headers: [], body: Array("\(index)".utf8), timeout: 30)
                    return (index, response.text)
                }
            }
            var result: [Int: String] = [:]
            for try await (index, text) in group { result[index] = text }
            return result
        }
        XCTAssertEqual(bodies.count, 200)
        for (index, text) in bodies { XCTAssertTrue(text.hasSuffix("body=\(index)"), text) }
    }

    func testStopAnswersRequestsStillInHandlers() async throws {
        let (entered, signal) = AsyncStream<Void>.makeStream()
        let slow = HTTPServer(port: 0) { _ in
            signal.yield()
            try? await Task.sleep(nanoseconds: 5_000_000_000)
            return HTTPResponse(contentType: "text/plain", body: "late")
        }
        try slow.start()
        let url = "http://127.0.0.1:\(slow.boundPort)/"
        async let pending = CurlProcess.run([url])
        for await _ in entered { break }
        slow.stop()
        let out = try await pending
        XCTAssertEqual(out.written, "503")
        XCTAssertEqual(slow.boundPort, 0)
    }

    func testSecondServerOnSamePortFailsToStart() {
        let other = HTTPServer(port: server.boundPort, handler: Self.echo)
        XCTAssertThrowsError(try other.start())
    }
}
