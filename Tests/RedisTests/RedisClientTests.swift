import Foundation
import Redis
import XCTest

/// Against a real redis-server started in a temporary folder.
final class RedisClientTests: XCTestCase {
    private static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length)
                return getsockname(fd, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func withServer(_ body: (String, EmbeddedRedis) async throws -> Void) async throws {
        let folder = NSTemporaryDirectory() + "xpgraph-redis-\(UUID().uuidString.prefix(8))"
        var server = EmbeddedRedis()
        let url = try server.start(dataDirectory: folder, port: Self.freePort())
        defer {
            server.stop()
            try? FileManager.default.removeItem(atPath: folder)
        }
        try await body(url, server)
    }

    func testSetGetExpireAndGetDel() async throws {
        try await withServer { url, _ in
            let client = try RedisClient(url: url)
            defer { client.close() }
            try await client.set("k", "v1", expireSeconds: 60)
            let first = try await client.get("k")
            XCTAssertEqual(first, "v1")
            let ttl = try await client.command(["TTL", "k"]).integer
            XCTAssertNotNil(ttl)
            XCTAssertTrue((1...60).contains(ttl ?? 0))
            let taken = try await client.getDel("k")
            XCTAssertEqual(taken, "v1")
            let again = try await client.getDel("k")
            XCTAssertNil(again)
            let count = try await client.incr("n")
            XCTAssertEqual(count, 1)
            let removed = try await client.del("n", "missing")
            XCTAssertEqual(removed, 1)
        }
    }

    func testBinaryValuesRoundTrip() async throws {
        try await withServer { url, _ in
            let client = try RedisClient(url: url)
            defer { client.close() }
            let bytes: [UInt8] = [0, 1, 2, 255, 0, 10, 13]
            _ = try await client.command(bytes: [Array("SET".utf8), Array("b".utf8), bytes])
            let reply = try await client.command(["GET", "b"])
            XCTAssertEqual(reply, .bulk(bytes))
        }
    }

    func testServerErrorIsThrownNotCrashed() async throws {
        try await withServer { url, _ in
            let client = try RedisClient(url: url)
            defer { client.close() }
            try await client.set("s", "text")
            do {
                _ = try await client.incr("s")
                XCTFail("INCR on text must fail")
            } catch let error as RedisError {
                XCTAssertEqual(error.kind, .server)
            }
        }
    }

    func testManyConcurrentCommands() async throws {
        try await withServer { url, _ in
            let client = try RedisClient(url: url, connections: 3)
            defer { client.close() }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<500 { group.addTask { _ = try await client.incr("c") } }
                try await group.waitForAll()
            }
            let total = try await client.get("c")
            XCTAssertEqual(total, "500")
        }
    }

    func testDeadServerGivesErrorNotHang() async throws {
        let port = Self.freePort()
        let client = try RedisClient(
            url: "redis://127.0.0.1:\(port)", connectTimeout: .milliseconds(300),
            commandTimeout: .milliseconds(300))
        defer { client.close() }
        do {
            _ = try await client.get("x")
            XCTFail("no server listens there")
        } catch let error as RedisError {
            XCTAssertEqual(error.kind, .connectionFailed)
        }
    }

    func testServerRestartIsSurvived() async throws {
        let folder = NSTemporaryDirectory() + "xpgraph-redis-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let port = Self.freePort()
        var server = EmbeddedRedis()
        let url = try server.start(dataDirectory: folder, port: port)
        let client = try RedisClient(url: url, connections: 1)
        defer { client.close() }
        try await client.set("persist", "yes")
        _ = try await client.command(["SAVE"])
        server.stop()
        do {
            _ = try await client.get("persist")
            XCTFail("the server is stopped")
        } catch is RedisError {}
        var again = EmbeddedRedis()
        _ = try again.start(dataDirectory: folder, port: port)
        defer { again.stop() }
        let value = try await client.get("persist")
        XCTAssertEqual(value, "yes")
    }

    func testURLWithDatabaseSelects() async throws {
        try await withServer { url, _ in
            let one = try RedisClient(url: url + "/1")
            let zero = try RedisClient(url: url)
            defer {
                one.close()
                zero.close()
            }
            try await one.set("where", "db1")
            let fromZero = try await zero.get("where")
            XCTAssertNil(fromZero)
            let fromOne = try await one.get("where")
            XCTAssertEqual(fromOne, "db1")
        }
    }

    func testMalformedURLIsRejected() {
        XCTAssertThrowsError(try RedisClient(url: "http://nope"))
    }
}
