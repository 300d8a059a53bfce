import Postgres
import XCTest

final class PostgresPoolTests: XCTestCase {
    nonisolated(unsafe) static var database: TestDatabase!
    nonisolated(unsafe) static var pool: PostgresPool!

    override class func setUp() {
        super.setUp()
        do {
            database = try TestDatabase()
            pool = try PostgresPool(url: database.url, size: 4)
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

    func testParametersOfEveryKindRoundTrip() async throws {
        let result = try await pool.query(
            "SELECT $1::text AS t, $2::int8 AS i, $3::float8 AS d, $4::bool AS b, $5::jsonb AS j",
            [.text("hello"), .int(-42), .double(2.5), .bool(true), .json(#"{"a": [1, 2]}"#)])
        XCTAssertEqual(result.rows.count, 1)
        let row = result.rows[0]
        XCTAssertEqual(row.string("t"), "hello")
        XCTAssertEqual(row.int("i"), -42)
        XCTAssertEqual(row.double("d"), 2.5)
        XCTAssertEqual(row.bool("b"), true)
        XCTAssertEqual(row["j"], #"{"a": [1, 2]}"#)
        XCTAssertEqual(result.columns, ["t", "i", "d", "b", "j"])
    }

    func testNullsInAndOut() async throws {
        let result = try await pool.query(
            "SELECT $1::text AS a, $2::int AS b, $1::text IS NULL AS isnull", [.null, nil])
        XCTAssertNil(result.rows[0]["a"])
        XCTAssertNil(result.rows[0].int("b"))
        XCTAssertEqual(result.rows[0].bool("isnull"), true)
    }

    func testInjectionLookingTextIsJustText() async throws {
        _ = try await pool.query("CREATE TABLE inj (id serial PRIMARY KEY, name text)")
        let evil = "Robert'); DROP TABLE inj;-- \" \\ $1"
        let insert = try await pool.query(
            "INSERT INTO inj (name) VALUES ($1) RETURNING name", [.text(evil)])
        XCTAssertEqual(insert.rows[0]["name"], evil)
        XCTAssertEqual(insert.affectedRows, 1)
        let count = try await pool.query(
            "SELECT count(*) AS n FROM inj WHERE name = $1", [.text(evil)])
        XCTAssertEqual(count.rows[0].int("n"), 1)
    }

    func testUnicodeRoundTrips() async throws {
        let text = "Zoë — 日本語 🙂 \u{0301}e"
        let result = try await pool.query(
            "SELECT $1::text AS t, length($1::text) AS n", [.text(text)])
        XCTAssertEqual(result.rows[0]["t"], text)
        XCTAssertEqual(result.rows[0].int("n"), text.unicodeScalars.count)
    }

    func testTextArrayWithAwkwardElementsMatchesAny() async throws {
        _ = try await pool.query("CREATE TABLE words (w text)")
        let words = [
            "plain", "with,comma", "with \"quote\"", "back\\slash", "NULL", "{brace}", " ", "",
        ]
        for word in words {
            _ = try await pool.query("INSERT INTO words VALUES ($1)", [.text(word)])
        }
        _ = try await pool.query("INSERT INTO words VALUES ('other')")

        let result = try await pool.query(
            "SELECT w FROM words WHERE w = ANY($1) ORDER BY w", [.textArray(words)])
        XCTAssertEqual(result.rows.map { $0["w"] }, words.sorted().map { Optional($0) })

        let back = try await pool.query("SELECT $1::text[] AS a", [.textArray(words)])
        XCTAssertEqual(back.rows[0].array("a"), words.map { Optional($0) })
    }

    func testIntArrayMatchesAny() async throws {
        let result = try await pool.query(
            "SELECT g FROM generate_series(1, 10) AS g WHERE g = ANY($1) ORDER BY g",
            [.intArray([3, 7, 11, -1])])
        XCTAssertEqual(result.rows.map { $0.int("g") }, [3, 7])
        let empty = try await pool.query(
            "SELECT count(*) AS n FROM generate_series(1, 10) AS g WHERE g = ANY($1)",
            [.intArray([])])
        XCTAssertEqual(empty.rows[0].int("n"), 0)
    }

    func testServerErrorCarriesSQLState() async throws {
        _ = try await pool.query("CREATE TABLE uniq (k text PRIMARY KEY)")
        _ = try await pool.query("INSERT INTO uniq VALUES ($1)", ["secret-value"])
        do {
            _ = try await pool.query("INSERT INTO uniq VALUES ($1)", ["secret-value"])
            XCTFail("duplicate key accepted")
        } catch let error as PostgresError {
            XCTAssertEqual(error.kind, .server)
            XCTAssertEqual(error.sqlState, "23505")
            XCTAssertFalse(error.message.contains("secret-value"))
        }
        do {
            _ = try await pool.query("SELEC 1")
            XCTFail("syntax error accepted")
        } catch let error as PostgresError {
            XCTAssertEqual(error.sqlState, "42601")
        }
        // The connection that reported the errors still works.
        let ok = try await pool.query("SELECT 1 AS one")
        XCTAssertEqual(ok.rows[0].int("one"), 1)
    }

    func testScriptRunsManyStatements() async throws {
        try await pool.execute(
            script: """
                CREATE TABLE s1 (a int);
                INSERT INTO s1 VALUES (1), (2);
                CREATE TABLE s2 AS SELECT a * 10 AS b FROM s1;
                """)
        let result = try await pool.query("SELECT sum(b) AS total FROM s2")
        XCTAssertEqual(result.rows[0].int("total"), 30)

        do {
            try await pool.execute(script: "SELECT 1; SELECT * FROM missing_table; SELECT 2;")
            XCTFail("missing table accepted")
        } catch let error as PostgresError {
            XCTAssertEqual(error.sqlState, "42P01")
        }
    }

    func testTwoHundredConcurrentQueriesOnFourConnections() async throws {
        let before = pool.statementCount
        let counter = StatementCounter()
        let pool = self.pool
        let sums = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for i in 0..<200 {
                group.addTask {
                    let r = try await pool.query(
                        "SELECT $1::int * 2 AS doubled, pg_backend_pid() AS pid", [.int(i)],
                        counter: counter)
                    return (i, r.rows[0].int("doubled")!)
                }
            }
            var all: [Int: Int] = [:]
            for try await (i, doubled) in group { all[i] = doubled }
            return all
        }
        XCTAssertEqual(sums.count, 200)
        for (i, doubled) in sums { XCTAssertEqual(doubled, i * 2) }
        XCTAssertEqual(counter.value, 200)
        XCTAssertGreaterThanOrEqual(pool.statementCount - before, 200)

        let backends = try await pool.query(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()"
                + " AND backend_type = 'client backend'")
        XCTAssertLessThanOrEqual(backends.rows[0].int("n")!, 4)
    }

    func testNulByteInParameterIsRejected() async throws {
        do {
            _ = try await pool.query("SELECT $1::text", [.text("a\u{0}b")])
            XCTFail("NUL accepted")
        } catch let error as PostgresError {
            XCTAssertEqual(error.kind, .invalidInput)
        }
    }
}
