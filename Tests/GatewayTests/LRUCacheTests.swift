import XCTest

@testable import Gateway

final class LRUCacheTests: XCTestCase {
    func testEvictsTheLeastRecentlyUsedEntry() {
        let cache = LRUCache<String, Int>(capacity: 2)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        XCTAssertEqual(cache["a"], 1)  // "b" is now the least recently used

        cache.insert(3, for: "c")

        XCTAssertNil(cache["b"])
        XCTAssertEqual(cache["a"], 1)
        XCTAssertEqual(cache["c"], 3)
        XCTAssertEqual(cache.count, 2)
    }

    func testReplacingAValueKeepsOneEntry() {
        let cache = LRUCache<String, Int>(capacity: 3)
        cache.insert(1, for: "a")
        cache.insert(2, for: "a")
        XCTAssertEqual(cache["a"], 2)
        XCTAssertEqual(cache.count, 1)
    }

    func testManyInsertsStayWithinCapacity() {
        let cache = LRUCache<Int, Int>(capacity: 10)
        for i in 0..<1000 { cache.insert(i * i, for: i) }
        XCTAssertEqual(cache.count, 10)
        for i in 990..<1000 { XCTAssertEqual(cache[i], i * i) }
        XCTAssertNil(cache[989])
    }
}
