import JSON
import XCTest

@testable import Observability

final class LoggerTests: XCTestCase {
    func testWritesOneJSONObjectPerLineWithFixedKeysFirst() throws {
        let (sink, lines) = LogSink.memory()
        let logger = Logger(level: .debug, labels: ["component": "gateway"], sink: sink)

        logger.info(
            "gateway.request",
            LogFields(requestID: "r-1", subgraph: "users", duration: 0.0125, ["status": 200]))

        let written = lines()
        XCTAssertEqual(written.count, 1)
        let record = try XCTUnwrap(JSONReader.parse(written[0]).objectValue)
        XCTAssertEqual(
            record.keys,
            [
                "time", "level", "event", "requestId", "subgraph", "durationMs", "component",
                "status",
            ])
        XCTAssertEqual(record["level"], "info")
        XCTAssertEqual(record["event"], "gateway.request")
        XCTAssertEqual(record["requestId"], "r-1")
        XCTAssertEqual(record["subgraph"], "users")
        XCTAssertEqual(record["durationMs"]?.doubleValue, 12.5)
        XCTAssertEqual(record["status"], 200)
        let time = try XCTUnwrap(record["time"]?.stringValue)
        XCTAssertEqual(time.count, "2026-01-01T00:00:00.000Z".count)
        XCTAssertTrue(time.hasSuffix("Z"))
    }

    func testDropsEventsBelowItsLevel() {
        let (sink, lines) = LogSink.memory()
        let logger = Logger(level: .warn, sink: sink)

        logger.debug("a")
        logger.info("b")
        logger.warn("c")
        logger.error("d")

        XCTAssertEqual(lines().count, 2)
        XCTAssertTrue(lines()[0].contains(#""event":"c""#))
        XCTAssertTrue(lines()[1].contains(#""level":"error""#))
    }

    func testRedactsFieldsThatNameSecrets() throws {
        let (sink, lines) = LogSink.memory()
        let logger = Logger(level: .debug, sink: sink)

        logger.warn(
            "login",
            [
                "password": "demo-password", "accessToken": "eyJhbGciOi",
                "Authorization": "Bearer x",
                "jwtSecret": "s3cret", "email": "user1@example.test",
            ])

        let line = lines()[0]
        for secret in ["demo-password", "eyJhbGciOi", "Bearer x", "s3cret"] {
            XCTAssertFalse(line.contains(secret), "\(secret) leaked into \(line)")
        }
        let record = try JSONReader.parse(line)
        XCTAssertEqual(record["password"], "[redacted]")
        XCTAssertEqual(record["email"], "user1@example.test")
    }

    func testLevelNames() {
        XCTAssertEqual(LogLevel(name: "WARNING"), .warn)
        XCTAssertEqual(LogLevel(name: "debug"), .debug)
        XCTAssertNil(LogLevel(name: "verbose"))
        XCTAssertTrue(LogLevel.debug < LogLevel.error)
    }
}
