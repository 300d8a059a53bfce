import Foundation
import XCTest

@testable import XPSubgraphs

/// Each subgraph serves its SDL exactly as written in schema/<name>.graphql.
final class SchemaFileTests: XCTestCase {
    func testEmbeddedSDLsEqualTheSchemaFiles() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for subgraph in XPSubgraph.allCases {
            let file = root.appendingPathComponent("schema/\(subgraph.rawValue).graphql")
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(subgraph.sdl, text, "\(subgraph.rawValue) SDL differs from its file")
        }
    }
}
