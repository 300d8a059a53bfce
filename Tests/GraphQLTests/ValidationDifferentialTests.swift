import JSON
import XCTest

@testable import GraphQL

/// Compares validation errors, message and locations, with graphql-js 16.
final class ValidationDifferentialTests: XCTestCase {
    private static let script = """
        const schema = graphql.buildSchema(input.schema);
        out(input.cases.map(({ rule, text }) => {
          const rules = rule ? [graphql[rule]] : undefined;
          return graphql.validate(schema, graphql.parse(text), rules)
            .map((e) => ({ message: e.message, locations: e.locations ?? [] }));
        }));
        """

    private static let schema: Schema = try! Schema(
        document: parse(ValidationFixtures.schemaSDL, limits: .schema))

    private func compare(_ cases: [(rule: String?, text: String)]) throws {
        var list: [JSON] = []
        for item in cases {
            var object: JSONObject = ["text": .string(item.text)]
            if let rule = item.rule { object.append("rule", .string(rule)) }
            list.append(.object(object))
        }
        let input: JSON = ["schema": .string(ValidationFixtures.schemaSDL), "cases": .array(list)]
        let reference = try XCTUnwrap(GraphQLJS.run(Self.script, input: input).arrayValue)
        XCTAssertEqual(reference.count, cases.count)
        let referenceErrorCount = reference.reduce(0) { $0 + ($1.arrayValue?.count ?? 0) }
        XCTAssertGreaterThan(referenceErrorCount, 0, "the cases should exercise some errors")
        totalErrorsCompared += referenceErrorCount
        for (item, expected) in zip(cases, reference) {
            let document = try parse(item.text)
            let errors =
                if let rule = item.rule {
                    GraphQL.validate(document, against: Self.schema, rules: [try ruleType(rule)])
                } else {
                    GraphQL.validate(document, against: Self.schema)
                }
            XCTAssertEqual(
                JSON.array(errors.map(\.referenceJSON)).serialized, expected.serialized,
                "\(item.rule ?? "all rules"): \(item.text)")
        }
    }

    private var totalErrorsCompared = 0

    private func ruleType(_ name: String) throws -> any ValidationRule.Type {
        try XCTUnwrap(
            specifiedRules.first { String(describing: $0) == name }, "no rule named \(name)")
    }

    func testEachRuleMatchesGraphQLJS() throws {
        var cases: [(rule: String?, text: String)] = []
        for (rule, texts) in ValidationCases.byRule.sorted(by: { $0.key < $1.key }) {
            for text in texts { cases.append((rule, text)) }
        }
        try compare(cases)
        XCTAssertGreaterThan(totalErrorsCompared, 150)
        print("compared \(totalErrorsCompared) graphql-js validation errors")
    }

    func testAllRulesTogetherMatchGraphQLJS() throws {
        try compare(ValidationCases.allRules.map { (nil, $0) })
    }
}
