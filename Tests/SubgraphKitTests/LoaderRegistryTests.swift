import GraphQL
import XCTest

@testable import SubgraphKit

final class LoaderRegistryTests: XCTestCase {
    func testOneLoaderPerNameAndArguments() {
        let registry = LoaderRegistry()
        func make() -> DataLoader<Int, String> { DataLoader { keys in [:] } }
        let a = registry.loader("users", arguments: "first:3", make: make)
        let b = registry.loader("users", arguments: "first:3", make: make)
        let c = registry.loader("users", arguments: "first:5", make: make)
        XCTAssertTrue(a === b)
        XCTAssertFalse(a === c)
    }

    func testRequestContextCountsStatements() {
        let context = RequestContext(identity: Identity(userID: "7", sessionID: "3"))
        context.countStatement()
        context.countStatement()
        XCTAssertEqual(context.sqlStatements, 2)
        XCTAssertEqual(context.identity?.sessionID, "3")
    }
}
