import XCTest

@testable import Postgres

/// Array literals and the array parser, checked against PostgreSQL's documented format.
final class PostgresValueTests: XCTestCase {
    func testScalarEncodings() {
        XCTAssertNil(PostgresValue.null.textEncoding)
        XCTAssertEqual(PostgresValue.int(-7).textEncoding, "-7")
        XCTAssertEqual(PostgresValue.bool(false).textEncoding, "f")
        XCTAssertEqual(PostgresValue.double(0.5).textEncoding, "0.5")
        XCTAssertEqual(PostgresValue.double(.infinity).textEncoding, "Infinity")
        XCTAssertEqual(PostgresValue.double(-.infinity).textEncoding, "-Infinity")
        XCTAssertEqual(PostgresValue.double(.nan).textEncoding, "NaN")
    }

    func testTextArrayQuotesEveryElement() {
        XCTAssertEqual(PostgresValue.textArray([]).textEncoding, "{}")
        XCTAssertEqual(
            PostgresValue.textArray(["a", "b c", "NULL", "x,y", #"q"q"#, #"b\s"#]).textEncoding,
            #"{"a","b c","NULL","x,y","q\"q","b\\s"}"#)
    }

    func testIntArray() {
        XCTAssertEqual(PostgresValue.intArray([1, -2, 3]).textEncoding, "{1,-2,3}")
    }

    func testArrayParser() {
        XCTAssertEqual(PostgresArrayParser.parse("{}"), [])
        XCTAssertEqual(PostgresArrayParser.parse("{1,2,3}"), ["1", "2", "3"])
        XCTAssertEqual(
            PostgresArrayParser.parse(#"{plain,"with space",NULL,"NULL","q\"q","b\\s",""}"#),
            ["plain", "with space", nil, "NULL", #"q"q"#, #"b\s"#, ""])
        XCTAssertNil(PostgresArrayParser.parse("{{1,2},{3,4}}"))
        XCTAssertNil(PostgresArrayParser.parse("not an array"))
        XCTAssertNil(PostgresArrayParser.parse(#"{"open}"#))
    }

    func testRowAccessors() {
        let row = PostgresRow(
            columns: ["i", "d", "b", "n"], values: ["12", "-Infinity", "t", nil])
        XCTAssertEqual(row.int("i"), 12)
        XCTAssertEqual(row.double("d"), -.infinity)
        XCTAssertEqual(row.bool("b"), true)
        XCTAssertNil(row["n"])
        XCTAssertNil(row["missing"])
        XCTAssertNil(row.int("b"))
    }

    func testIdentifierQuoting() {
        XCTAssertEqual(PostgresPool.quoteIdentifier(#"a"b"#), #""a""b""#)
        XCTAssertEqual(PostgresPool.quoteIdentifier(path: "public.users"), #""public"."users""#)
    }
}
