import Postgres
import XCTest

final class PostgresReconnectTests: XCTestCase {
    nonisolated(unsafe) static var database: TestDatabase!

    override class func setUp() {
        super.setUp()
        do {
            database = try TestDatabase()
        } catch {
            fatalError("cannot start PostgreSQL: \(error)")
        }
    }

    override class func tearDown() {
        database?.tearDown()
        super.tearDown()
    }

    func testServerStoppedMidQueryThenRestarted() async throws {
        let database = Self.database!
        let pool = try PostgresPool(url: database.url, size: 2)
        defer { pool.close() }
        _ = try await pool.query("SELECT 1")

        let slow = Task { try await pool.query("SELECT pg_sleep(30)") }
        // Wait until the sleep is visibly running on the server.
        while try await pool.query(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)'"
        ).rows[0].int("n") == 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
        database.server.stop()

        do {
            _ = try await slow.value
            XCTFail("query survived the server")
        } catch let error as PostgresError {
            // Fast shutdown reports 57P01 to the backend before closing the socket.
            XCTAssertTrue(
                error.sqlState == "57P01" || error.kind == .connectionLost, "\(error)")
        }

        do {
            _ = try await pool.query("SELECT 1")
            XCTFail("query ran with the server down")
        } catch let error as PostgresError {
            XCTAssertTrue(
                error.kind == .connectionFailed || error.kind == .connectionLost, "\(error)")
        }

        try database.restart()
        let result = try await pool.query("SELECT 41 + $1::int AS n", [1])
        XCTAssertEqual(result.rows[0].int("n"), 42)
    }

    func testTerminatedBackendFailsOnlyItsQuery() async throws {
        let pool = try PostgresPool(url: Self.database.url, size: 1)
        defer { pool.close() }
        let pid = try await pool.query("SELECT pg_backend_pid() AS pid").rows[0].int("pid")!
        let other = try PostgresPool(url: Self.database.url, size: 1)
        defer { other.close() }
        _ = try await other.query("SELECT pg_terminate_backend($1)", [.int(pid)])

        // The next query may find the dead socket, or run on the new connection.
        do {
            _ = try await pool.query("SELECT 1")
        } catch let error as PostgresError {
            XCTAssertTrue([.connectionLost, .server].contains(error.kind), "\(error)")
        }
        let result = try await pool.query("SELECT pg_backend_pid() AS pid")
        XCTAssertNotEqual(result.rows[0].int("pid"), pid)
    }

    func testNoServerFailsFastWithConnectionError() async throws {
        let pool = try PostgresPool(url: "postgres://postgres@127.0.0.1:\(freePort())/x", size: 2)
        defer { pool.close() }
        do {
            _ = try await pool.query("SELECT 1")
            XCTFail("query ran without a server")
        } catch let error as PostgresError {
            XCTAssertEqual(error.kind, .connectionFailed)
        }
    }

    func testInvalidURLThrowsAtInit() {
        XCTAssertThrowsError(
            try PostgresPool(url: "postgres://127.0.0.1/x?no_such_option=1", size: 1))
    }

    func testClosedPoolRejectsWork() async throws {
        let pool = try PostgresPool(url: Self.database.url, size: 1)
        pool.close()
        do {
            _ = try await pool.query("SELECT 1")
            XCTFail("closed pool ran a query")
        } catch let error as PostgresError {
            XCTAssertEqual(error.kind, .closed)
        }
    }
}
