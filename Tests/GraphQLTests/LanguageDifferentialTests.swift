import GraphQL
import JSON
import XCTest

/// Compares parse and print with graphql-js 16 on the shared fixtures.
final class LanguageDifferentialTests: XCTestCase {
    /// Parses each document with graphql-js and returns `{printed}` or `{message, locations}`.
    private static let referenceScript = """
        out(input.map(({ text, maxTokens }) => {
          try {
            return { printed: graphql.print(graphql.parse(text, { maxTokens })) };
          } catch (error) {
            return { message: error.message, locations: error.locations };
          }
        }));
        """

    private func ours(_ text: String, limits: ParseLimits = .schema) -> JSON {
        do {
            return ["printed": .string(print(try parse(text, limits: limits)))]
        } catch {
            return error.referenceJSON
        }
    }

    private func compare(_ documents: [String], maxTokens: Int? = nil) throws {
        var input: [JSON] = []
        for text in documents {
            var item: JSONObject = ["text": .string(text)]
            if let maxTokens { item.append("maxTokens", .int(maxTokens)) }
            input.append(.object(item))
        }
        let reference = try GraphQLJS.run(Self.referenceScript, input: .array(input))
        let expected = try XCTUnwrap(reference.arrayValue)
        XCTAssertEqual(expected.count, documents.count)
        let limits = ParseLimits(maxTokens: maxTokens ?? .max, maxDepth: 200)
        for (text, expectation) in zip(documents, expected) {
            XCTAssertEqual(
                ours(text, limits: limits), expectation, "document: \(text.debugDescription)")
        }
    }

    func testValidDocumentsPrintAsGraphQLJS() throws {
        for text in LanguageFixtures.valid {
            XCTAssertNoThrow(try parse(text, limits: .schema), text)
        }
        try compare(LanguageFixtures.valid)
    }

    func testSyntaxErrorsMatchGraphQLJS() throws {
        try compare(LanguageFixtures.invalid)
    }

    func testTokenLimitMatchesGraphQLJS() throws {
        try compare(
            ["{ a b c d }", "{ a b c }", "query Q($a: Int) { a(b: [1, 2]) }"], maxTokens: 5)
    }

    /// Printing is a fixed point: printed text parses back to the same printout.
    func testPrintedDocumentsReparseToTheSamePrintout() throws {
        for text in LanguageFixtures.valid {
            let printed = print(try parse(text, limits: .schema))
            XCTAssertEqual(print(try parse(printed, limits: .schema)), printed, printed)
        }
    }
}

/// Compares every node's source range with graphql-js's `loc`.
final class LanguageLocationTests: XCTestCase {
    func testNodeRangesMatchGraphQLJS() throws {
        let documents = LanguageFixtures.valid.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        let script = """
            out(input.map((text) => {
              const lines = [];
              graphql.visit(graphql.parse(text), {
                enter(node) { lines.push(`${node.kind} ${node.loc.start} ${node.loc.end}`); },
              });
              return lines;
            }));
            """
        let reference = try GraphQLJS.run(script, input: .array(documents.map { .string($0) }))
        let expected = try XCTUnwrap(reference.arrayValue)
        for (text, lines) in zip(documents, expected) {
            let ours = ASTDump(try parse(text, limits: .schema)).lines
            let theirs = (lines.arrayValue ?? []).compactMap(\.stringValue)
            XCTAssertEqual(ours, theirs, text)
        }
    }
}
