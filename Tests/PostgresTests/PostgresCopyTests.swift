import Postgres
import XCTest

final class PostgresCopyTests: XCTestCase {
    nonisolated(unsafe) static var database: TestDatabase!
    nonisolated(unsafe) static var pool: PostgresPool!

    override class func setUp() {
        super.setUp()
        do {
            database = try TestDatabase()
            pool = try PostgresPool(url: database.url, size: 2)
        } catch {
            fatalError("cannot start PostgreSQL: \(error)")
        }
    }

    override class func tearDown() {
        pool?.close()
        database?.tearDown()
        super.tearDown()
    }

    var pool: PostgresPool { Self.pool }

    func testCopiesOneHundredThousandRows() async throws {
        _ = try await pool.query("CREATE TABLE points (id int8, label text, note text)")
        let rows = (0..<100_000).lazy.map { i -> [UInt8] in
            let note = i % 10 == 0 ? "\\N" : "tab\\there \u{00e9}"
            return Array("\(i)\tpoint-\(i)\t\(note)\n".utf8)
        }
        let copied = try await pool.copy(
            into: "points", columns: ["id", "label", "note"], rows: rows)
        XCTAssertEqual(copied, 100_000)

        let summary = try await pool.query(
            "SELECT count(*) AS n, sum(id) AS total, count(note) AS notes FROM points")
        XCTAssertEqual(summary.rows[0].int("n"), 100_000)
        XCTAssertEqual(summary.rows[0].int("total"), 99_999 * 100_000 / 2)
        XCTAssertEqual(summary.rows[0].int("notes"), 90_000)
        let one = try await pool.query("SELECT label, note FROM points WHERE id = $1", [7])
        XCTAssertEqual(one.rows[0]["label"], "point-7")
        XCTAssertEqual(one.rows[0]["note"], "tab\there \u{00e9}")
    }

    func testBadRowFailsTheCopyWithTheServerError() async throws {
        _ = try await pool.query("CREATE TABLE numbers (n int4)")
        let rows = ["1\n", "2\n", "three\n", "4\n"].map { Array($0.utf8) }
        do {
            try await pool.copy(into: "numbers", columns: ["n"], rows: rows)
            XCTFail("bad row accepted")
        } catch let error as PostgresError {
            XCTAssertEqual(error.sqlState, "22P02")
        }
        let count = try await pool.query("SELECT count(*) AS n FROM numbers")
        XCTAssertEqual(count.rows[0].int("n"), 0)
        // Both connections are usable afterwards.
        for _ in 0..<4 {
            _ = try await pool.query("SELECT 1")
        }
    }

    func testCopyIntoMissingTableFails() async throws {
        do {
            try await pool.copy(into: "nowhere", columns: ["a"], rows: [Array("1\n".utf8)])
            XCTFail("missing table accepted")
        } catch let error as PostgresError {
            XCTAssertEqual(error.sqlState, "42P01")
        }
    }

    func testQuotedIdentifiersInCopy() async throws {
        _ = try await pool.query(#"CREATE TABLE "Odd ""Name""" ("Mixed Col" text)"#)
        let copied = try await pool.copy(
            into: #"Odd "Name""#, columns: ["Mixed Col"], rows: [Array("x\n".utf8)])
        XCTAssertEqual(copied, 1)
    }
}
