import GraphQL
import XCTest

/// Parse limits stop hostile documents early and never exhaust the stack.
final class LanguageLimitsTests: XCTestCase {
    func testDeeplyNestedSelectionsFailWithoutCrashing() {
        let depth = 10_000
        let text = String(repeating: "{a", count: depth) + String(repeating: "}", count: depth)
        XCTAssertThrowsError(try parse(text, limits: ParseLimits(maxTokens: .max, maxDepth: 200))) {
            error in
            let error = error as? GraphQLError
            XCTAssertEqual(
                error?.message, "Syntax Error: Document exceeds the maximum nesting depth of 200.")
            // The 201st `{` is at byte 400.
            XCTAssertEqual(error?.locations, [SourceLocation(line: 1, column: 401)])
        }
    }

    func testDeeplyNestedValuesAndTypesFail() {
        let list = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        XCTAssertThrowsError(try parse("{ a(b: \(list)) }"))
        let object =
            String(repeating: "{a:", count: 5_000) + "1" + String(repeating: "}", count: 5_000)
        XCTAssertThrowsError(try parseValue(object))
        let type =
            String(repeating: "[", count: 5_000) + "Int" + String(repeating: "]", count: 5_000)
        XCTAssertThrowsError(try parseType(type))
    }

    func testNestingAtTheLimitParses() throws {
        let text = String(repeating: "{a", count: 200) + String(repeating: "}", count: 200)
        XCTAssertNoThrow(try parse(text, limits: ParseLimits(maxTokens: .max, maxDepth: 200)))
        XCTAssertThrowsError(try parse(text, limits: ParseLimits(maxTokens: .max, maxDepth: 199)))
    }

    func testTokenLimit() {
        // `{ a b c }` has five tokens; the limit counts every token but the end of file.
        XCTAssertNoThrow(try parse("{ a b c }", limits: ParseLimits(maxTokens: 5, maxDepth: 10)))
        XCTAssertThrowsError(
            try parse("{ a b c d }", limits: ParseLimits(maxTokens: 5, maxDepth: 10))
        ) {
            error in
            let error = error as? GraphQLError
            XCTAssertEqual(
                error?.message,
                "Syntax Error: Document contains more that 5 tokens. Parsing aborted.")
            XCTAssertEqual(error?.locations, [SourceLocation(line: 1, column: 11)])
        }
    }

    func testDefaultLimitsAcceptOrdinaryDocuments() {
        XCTAssertEqual(ParseLimits.default.maxTokens, 15_000)
        XCTAssertEqual(ParseLimits.default.maxDepth, 200)
        XCTAssertNoThrow(try parse(LanguageFixtures.kitchenSinkQuery))
        XCTAssertNoThrow(try parse(LanguageFixtures.kitchenSinkSchema, limits: .schema))
    }
}
