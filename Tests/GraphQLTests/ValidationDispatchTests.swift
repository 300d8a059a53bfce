import XCTest

@testable import GraphQL

/// The concrete dispatcher `validate` uses must report what the generic one does with
/// `specifiedRules`: the same errors in the same order, with and without an error limit.
final class ValidationDispatchTests: XCTestCase {
    func testSpecifiedDispatcherMatchesTheGenericOneOnEveryConformanceDocument() throws {
        var suite = try ConformanceSuite.loadFixtures()
        ConformanceGenerator.addCases(to: &suite, seed: 20_261_204, count: 400)
        var schemas: [String: Schema] = [:]
        var documentsWithErrors = 0
        var compared = 0
        for testCase in suite.cases {
            // graphql-js 16 overflows its stack on this one, and so does this engine.
            if testCase.id.contains("recursive fragments separated by fields") { continue }
            guard let text = testCase.document, let name = testCase.schema,
                let document = try? parse(text)
            else { continue }
            if schemas[name] == nil { schemas[name] = try? Schema(sdl: suite.schemas[name] ?? "") }
            guard let schema = schemas[name] else { continue }
            for limit in [100, 1] {
                let fast = validate(document, against: schema, maxErrors: limit)
                let generic = validate(
                    document, against: schema, rules: specifiedRules, maxErrors: limit)
                XCTAssertEqual(
                    fast.map(\.referenceJSON), generic.map(\.referenceJSON),
                    "\(testCase.id), maxErrors \(limit)")
            }
            compared += 1
            if !validate(document, against: schema).isEmpty { documentsWithErrors += 1 }
        }
        XCTAssertGreaterThan(compared, 1_000)
        XCTAssertGreaterThan(documentsWithErrors, 300)
    }
}
