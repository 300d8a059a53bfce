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
}
