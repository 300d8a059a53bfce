import XCTest

@testable import HTTP

final class HTTPClientTests: XCTestCase {
    var server: HTTPServer!
    let client = HTTPClient()
    var base: String { "http://127.0.0.1:\(server.boundPort)" }

    override func setUp() async throws {
        server = HTTPServer(port: 0, maxBodyBytes: 1 << 20, handler: HTTPServerTests.echo)
        try server.start()
    }

    override func tearDown() async throws {
        server.stop()
    }

    func testGetReturnsStatusHeadersAndBody() async throws {
        let response = try await client.get(
            url: "\(base)/x?a=1", headers: [("X-Test", "from client")], timeout: 5)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("content-type"), "text/plain")
        XCTAssertEqual(response.text, "method=GET\npath=/x\nquery.a=1\nx-test=from client\nbody=")
    }

    func testPostSendsBody() async throws {
        let body = Array(String(repeating: "0123456789", count: 10_000).utf8)
        let response = try await client.post(url: "\(base)/p", headers: [], body: body, timeout: 5)
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.text.hasSuffix("body=" + String(decoding: body, as: UTF8.self)))
    }

    func testEmptyPostAndOtherMethods() async throws {
        let empty = try await client.post(url: "\(base)/e", headers: [], body: [], timeout: 5)
        XCTAssertEqual(empty.text, "method=POST\npath=/e\nx-test=-\nbody=")

        let put = try await client.send(
            method: "PUT", url: "\(base)/u", headers: [], body: Array("v".utf8), timeout: 5)
        XCTAssertEqual(put.text, "method=PUT\npath=/u\nx-test=-\nbody=v")
    }

    func testOversizedPostGets413() async throws {
        let body = [UInt8](repeating: 65, count: (1 << 20) + 1)
        let response = try await client.post(url: "\(base)/p", headers: [], body: body, timeout: 10)
        XCTAssertEqual(response.status, 413)
    }

    func testTimeoutAgainstSlowHandler() async throws {
        do {
            _ = try await client.get(url: "\(base)/sleep", headers: [], timeout: 0.2)
            XCTFail("expected a timeout")
        } catch let error as HTTPClientError {
            XCTAssertEqual(error.kind, .timedOut)
            XCTAssertTrue(error.message.contains("timed out"), error.message)
        }
    }

    func testConnectionRefused() async throws {
        let port = server.boundPort
        server.stop()
        do {
            _ = try await client.get(url: "http://127.0.0.1:\(port)/", headers: [], timeout: 5)
            XCTFail("expected a connection failure")
        } catch let error as HTTPClientError {
            XCTAssertEqual(error.kind, .connectionFailed)
            XCTAssertTrue(error.message.hasPrefix("Could not connect to http://127.0.0.1:\(port)/"))
        }
    }

    func testInvalidURL() async throws {
        do {
            _ = try await client.get(url: "nope://x", headers: [], timeout: 5)
            XCTFail("expected an invalid URL error")
        } catch let error as HTTPClientError {
            XCTAssertEqual(error.kind, .invalidURL)
        }
    }

    func testResponseLargerThanLimitFails() async throws {
        let small = HTTPClient(maxResponseBytes: 100)
        do {
            _ = try await small.get(url: "\(base)/big", headers: [], timeout: 5)
            XCTFail("expected a size error")
        } catch let error as HTTPClientError {
            XCTAssertEqual(error.kind, .responseTooLarge)
        }
    }

    func testCancellationAbortsTheTransfer() async throws {
        let client = self.client
        let url = "\(base)/sleep"
        let task = Task { try await client.get(url: url, headers: [], timeout: 30) }
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("expected cancellation")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
    }

    func testManySequentialRequestsSucceed() async throws {
        for index in 0..<100 {
            let response = try await client.post(
                url: "\(base)/s", headers: [], body: Array("\(index)".utf8), timeout: 5)
            XCTAssertTrue(response.text.hasSuffix("body=\(index)"))
        }
    }

    func testThousandsOfConcurrentRequestsThroughOnePool() async throws {
        let client = HTTPClient(maxConnectionsPerHost: 64)
        let base = self.base
        let count = 3000
        let statuses = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<count {
                group.addTask {
                    let response = try await client.get(
                        url: "\(base)/c?i=\(index)", headers: [], timeout: 60)
                    return response.status == 200 && response.text.contains("query.i=\(index)\n")
                }
            }
            var good = 0
            for try await ok in group where ok { good += 1 }
            return good
        }
        XCTAssertEqual(statuses, count)
    }

    func testClientReusesItsConnection() async throws {
        let peers = HTTPServer(port: 0) { request in
            HTTPResponse(contentType: "text/plain", body: request.remoteAddress ?? "?")
        }
        try peers.start()
        defer { peers.stop() }
        var seen: Set<String> = []
        for _ in 0..<20 {
            let response = try await client.get(
                url: "http://127.0.0.1:\(peers.boundPort)/", headers: [], timeout: 5)
            seen.insert(response.text)
        }
        XCTAssertEqual(seen.count, 1, "\(seen)")
        XCTAssertTrue(seen.first?.hasPrefix("127.0.0.1:") ?? false)
    }

    func testAcceptEncodingGetsADecodedBody() async throws {
        let response = try await client.get(
            url: "\(base)/big", headers: [("Accept-Encoding", "gzip")], timeout: 5)
        XCTAssertNil(response.header("Content-Encoding"))
        XCTAssertEqual(response.header("Vary"), "Accept-Encoding")
        XCTAssertEqual(response.text, String(repeating: "abcdefghij", count: 1000))
    }
}
