import JSON
import XCTest

@testable import GraphQL

/// Fragments that spread themselves under same-named fields: graphql-js 16 recurses in
/// OverlappingFieldsCanBeMerged until its stack overflows (we crashed the same way). The
/// answers here are graphql-js's errors from every other rule, which still run fine.
final class ValidationFragmentCycleTests: XCTestCase {
    private static let sdl = """
        type T { x: T y: Int }
        type Query { t: T }
        """

    /// graphql-js's errors from every specified rule but OverlappingFieldsCanBeMerged.
    private static let script = """
        const schema = graphql.buildSchema(input.schema);
        const rules = graphql.specifiedRules
          .filter((rule) => rule !== graphql.OverlappingFieldsCanBeMergedRule);
        out(graphql.validate(schema, graphql.parse(input.text), rules)
          .map((e) => ({ message: e.message, locations: e.locations ?? [] })));
        """

    private func ours(_ text: String) throws -> [JSON] {
        validate(try parse(text), against: try Schema(sdl: Self.sdl)).map { error in
            [
                "message": .string(error.message),
                "locations": .array(
                    error.locations.map { ["line": .int($0.line), "column": .int($0.column)] }),
            ]
        }
    }

    private static func refusal(line: Int, column: Int) -> JSON {
        [
            "message": .string(
                "Fields were not checked for conflicts: the fragments of this document expand "
                    + "into more than 200000 comparisons."),
            "locations": [["line": .int(line), "column": .int(column)]],
        ]
    }

    private func reference(_ text: String) throws -> [JSON] {
        try GraphQLJS.run(Self.script, input: ["schema": .string(Self.sdl), "text": .string(text)])
            .arrayValue ?? []
    }

    /// `count` fragments, each spreading itself and the next nine at several depths under
    /// fields named `x` (some aliased `a`), so every pair of them meets under same keys.
    private static func cyclicFragments(_ count: Int) -> String {
        let fragments = (0..<count).map { index in
            let s = (0..<10).map { "...F\((index + $0) % count)" }
            return
                "fragment F\(index) on T { x { \(s[0]) \(s[1]) x { \(s[2]) \(s[3]) x { \(s[4]) } } "
                + "a: x { \(s[5]) x { \(s[6]) } } } a: x { \(s[7]) x { \(s[8]) } } x { \(s[9]) } y }"
        }
        let spreads = (0..<count).map { "...F\($0)" }.joined(separator: " ")
        return "{ t { \(spreads) } }\n" + fragments.joined(separator: "\n")
    }

    func testTwoSelfSpreadingFragmentsReportTheirCyclesWithoutOverflowingTheStack() throws {
        let text = """
            { t { ...A ...B } }
            fragment A on T { x { ...A x { ...A } } }
            fragment B on T { x { ...B x { ...B } } }
            """
        let expected = try reference(text)
        XCTAssertEqual(expected.count, 4)
        let errors = try ours(text)
        // The comparison would never end: it stops and says so, at the operation's fields.
        XCTAssertEqual(errors.first, Self.refusal(line: 1, column: 5))
        XCTAssertEqual(Array(errors.dropFirst()), expected)
    }

    func testFragmentsSpreadingEachOtherUnderSameNamedFieldsAreValidatedWithoutLooping() throws {
        let text = """
            { t { ...A ...B ...C ...D } }
            fragment A on T { x { ...A x { ...B } y: x { ...C } } x { ...D } }
            fragment B on T { x { ...B x { ...C } y: x { ...D } } x { ...A } }
            fragment C on T { x { ...C x { ...D } y: x { ...A } } x { ...B } }
            fragment D on T { x { ...D x { ...A } y: x { ...B } } x { ...C } }
            """
        // Same-named `x` fields never conflict and `y: x` meets only `y: x`, so besides the
        // refusal the cycle errors are the whole answer.
        let errors = try ours(text)
        XCTAssertEqual(errors.first, Self.refusal(line: 1, column: 5))
        XCTAssertEqual(Array(errors.dropFirst()), try reference(text))
    }

    func testACycleThatMultipliesComparisonsIsRefusedWithAnErrorInsteadOfRunningForMinutes() throws
    {
        let text = Self.cyclicFragments(10)
        let errors = try ours(text)
        let messages = errors.compactMap { $0["message"]?.stringValue }
        let refusal = messages.filter { $0.hasPrefix("Fields were not checked for conflicts") }
        XCTAssertEqual(refusal.count, 1)
        // Everything else we report, graphql-js's other rules report too.
        let expected = try reference(text)
        for error in errors where !(error["message"]?.stringValue ?? "").hasPrefix("Fields were") {
            XCTAssertTrue(expected.contains(error), "unexpected \(error)")
        }
        XCTAssertTrue(messages.contains { $0.hasPrefix("Cannot spread fragment") })
    }

    func testManyFragmentsWithoutACycleGetEveryComparisonTheyNeed() throws {
        // 600 fragments spread side by side: about 180,000 fragment pairs, each compared
        // once, beyond the budget a cyclic document gets.
        let count = 600
        let text =
            "{ t { " + (0..<count).map { "...F\($0)" }.joined(separator: " ") + " } }\n"
            + (0..<count).map { "fragment F\($0) on T { y x { y } }" }.joined(separator: "\n")
        let graphQLJS = """
            const schema = graphql.buildSchema(input.schema);
            out(graphql.validate(schema, graphql.parse(input.text, { maxTokens: 100000 }))
              .map((e) => ({ message: e.message, locations: e.locations ?? [] })));
            """
        let expected = try GraphQLJS.run(
            graphQLJS, input: ["schema": .string(Self.sdl), "text": .string(text)])
        XCTAssertEqual(expected, [])
        let document = try parse(text, limits: ParseLimits(maxTokens: 100_000))
        XCTAssertEqual(validate(document, against: try Schema(sdl: Self.sdl)), [])
    }

    func testAnAcyclicConflictThroughFragmentsIsStillFound() throws {
        let text = """
            { t { ...A ...B } }
            fragment A on T { x { ...C } }
            fragment B on T { x { ...D } }
            fragment C on T { y }
            fragment D on T { y: x { y } }
            """
        let graphQLJS = """
            const schema = graphql.buildSchema(input.schema);
            out(graphql.validate(schema, graphql.parse(input.text))
              .map((e) => ({ message: e.message, locations: e.locations ?? [] })));
            """
        let expected = try GraphQLJS.run(
            graphQLJS, input: ["schema": .string(Self.sdl), "text": .string(text)])
        XCTAssertEqual(expected.arrayValue?.count, 1)
        XCTAssertEqual(.array(try ours(text)), expected)
    }
}
