import XCTest

@testable import HTTP

final class URLQueryTests: XCTestCase {
    func testSplitsPathAndQuery() {
        let (path, query) = URLQuery.split(target: "/a%2Fb/c?x=1&y=%E2%82%AC&x=2&flag&=v&z=a%3Db")
        XCTAssertEqual(path, "/a/b/c")
        XCTAssertEqual(query, ["x": "2", "y": "€", "flag": "", "": "v", "z": "a=b"])
    }

    func testPlusIsSpaceOnlyInQuery() {
        let (path, query) = URLQuery.split(target: "/a+b?q=a+b%2B")
        XCTAssertEqual(path, "/a+b")
        XCTAssertEqual(query["q"], "a b+")
    }

    func testMalformedEscapesStayAsWritten() {
        XCTAssertEqual(URLQuery.decode(Array("%zz%4".utf8)[...], plusIsSpace: false), "%zz%4")
        XCTAssertEqual(URLQuery.decode(Array("100%".utf8)[...], plusIsSpace: false), "100%")
    }

    func testEncodeRoundTrips() {
        let text = #"{"a": [1, "€ &=+?"]}"#
        let encoded = URLQuery.encode(text)
        XCTAssertEqual(encoded, "%7B%22a%22%3A%20%5B1%2C%20%22%E2%82%AC%20%26%3D%2B%3F%22%5D%7D")
        XCTAssertEqual(URLQuery.parse("v=\(encoded)")["v"], text)
    }

    func testHeadersAreCaseInsensitive() {
        var headers = HTTPHeaders([("Content-Type", "a"), ("X-Multi", "1"), ("x-multi", "2")])
        XCTAssertEqual(headers["content-type"], "a")
        XCTAssertEqual(headers["CONTENT-TYPE"], "a")
        XCTAssertEqual(headers.values(for: "X-MULTI"), ["1", "2"])
        headers.set("x-Multi", "3")
        XCTAssertEqual(headers.values(for: "x-multi"), ["3"])
        XCTAssertNil(headers["missing"])
    }

    func testAcceptEncoding() {
        XCTAssertTrue(HTTPHeaders([("Accept-Encoding", "gzip, deflate, br")]).acceptsGzip)
        XCTAssertTrue(HTTPHeaders([("Accept-Encoding", "br;q=1.0, *;q=0.5")]).acceptsGzip)
        XCTAssertFalse(HTTPHeaders([("Accept-Encoding", "gzip;q=0, *")]).acceptsGzip)
        XCTAssertFalse(HTTPHeaders([("Accept-Encoding", "identity")]).acceptsGzip)
        XCTAssertFalse(HTTPHeaders().acceptsGzip)
    }

    func testGzipRoundTripAndLimit() throws {
        let input = Array((0..<100_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        let compressed = Gzip.compress(input)
        XCTAssertEqual(Array(compressed.prefix(2)), [0x1f, 0x8b])
        XCTAssertEqual(try Gzip.decompress(compressed, limit: 100_000), input)
        XCTAssertThrowsError(try Gzip.decompress(compressed, limit: 99_999)) {
            XCTAssertEqual($0 as? Gzip.Failure, .tooLarge)
        }
        XCTAssertThrowsError(try Gzip.decompress(Array(compressed.dropLast(10)), limit: 1 << 20)) {
            XCTAssertEqual($0 as? Gzip.Failure, .corrupt)
        }
    }
}
