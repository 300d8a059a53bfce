import JSON
import XCTest

/// Member lookup on ordered objects, duplicates included.
final class JSONObjectTests: XCTestCase {
    func testFirstIndexOfKeyFindsTheFirstOfDuplicates() {
        let object = JSONObject([
            (key: "a", value: 1), (key: "b", value: 2), (key: "a", value: 3),
        ])
        XCTAssertEqual(object.firstIndex(ofKey: "a"), 0)
        XCTAssertEqual(object.firstIndex(ofKey: "b"), 1)
        XCTAssertNil(object.firstIndex(ofKey: "c"))
        XCTAssertNil(JSONObject().firstIndex(ofKey: "a"))
    }

    func testSubscriptReadsTheLastOfDuplicatesAndWritesTheFirst() {
        var object = JSONObject([
            (key: "a", value: 1), (key: "b", value: 2), (key: "a", value: 3),
        ])
        XCTAssertEqual(object["a"], 3)
        XCTAssertNil(object["z"])
        object["b"] = "two"
        object["a"] = nil
        XCTAssertEqual(object.members.map(\.key), ["b", "a"])
        XCTAssertEqual(object["b"], "two")
        object["c"] = true
        XCTAssertEqual(object.members.map(\.key), ["b", "a", "c"])
    }

    func testLongKeysCompareByContent() {
        let long = String(repeating: "k", count: 40)
        let object = JSONObject([(key: "short", value: 1), (key: long, value: 2)])
        XCTAssertEqual(object[String(repeating: "k", count: 40)], 2)
        XCTAssertEqual(object.firstIndex(ofKey: long + ""), 1)
    }
}
