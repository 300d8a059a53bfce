import Foundation
import JSON
import XCTest

@testable import GraphQL

/// Differential conformance with graphql-js 16: every case (fixtures extracted from
/// graphql-js's validation tests, hand-written spec and edge cases, and seeded random
/// documents with their invalid mutations) runs through this engine's parse, validate and
/// execute and through graphql-js in one node process; data and errors (message,
/// locations, path) must be identical.
final class ConformanceTests: XCTestCase {
    /// The answers compared; graphql-js's own failures (a stack overflow on a recursive
    /// fragment in one of its tests) leave `result` out.
    static let comparedKeys: Set<String> = [
        "rule", "result", "all", "build", "schema", "parse",
    ]

    func testConformsToGraphQLJS() async throws {
        var suite = try ConformanceSuite.loadFixtures()
        let fixtureCount = suite.cases.count
        // CONFORMANCE_SEED explores other random cases; the default keeps runs repeatable.
        let seed = ProcessInfo.processInfo.environment["CONFORMANCE_SEED"].flatMap { UInt64($0) }
        ConformanceGenerator.addCases(to: &suite, seed: seed ?? 20_261_204, count: 400)
        SDLMutationGenerator.addCases(to: &suite, seed: seed ?? 1_204, count: 200)
        SchemaRuleMutationGenerator.addCases(to: &suite, seed: seed ?? 4_021, count: 200)
        if let path = ProcessInfo.processInfo.environment["CONFORMANCE_DUMP"] {
            try suite.oracleInput.serialized.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let answers = try XCTUnwrap(
            GraphQLJS.run(ConformanceSuite.oracleScript, input: suite.oracleInput).arrayValue)
        XCTAssertEqual(answers.count, suite.cases.count)

        var runner = ConformanceRunner(suite: suite)
        var differences: [String] = []
        var compared = 0
        var oracleFailures: [String] = []
        // SDL cases that build but fail graphql-js's `validateSchema`, their errors compared.
        var invalidSchemas = 0
        for (testCase, oracle) in zip(suite.cases, answers) {
            let reference = testCase.expected ?? oracle
            guard let reference = reference.objectValue else {
                differences.append("\(testCase.id): no reference answer")
                continue
            }
            if let crash = reference["crash"]?.stringValue {
                // graphql-js itself overflows its stack on one of its own test documents.
                oracleFailures.append("\(testCase.id): \(crash)")
                continue
            }
            if let error = reference["schemaError"]?.stringValue {
                differences.append("\(testCase.id): graphql-js rejected the schema: \(error)")
                continue
            }
            if reference["schema"]?.arrayValue?.isEmpty == false { invalidSchemas += 1 }
            let ours = await runner.answer(testCase)
            for (key, expected) in reference
            where Self.comparedKeys.contains(key) && !expected.isNull {
                compared += 1
                let actual = ours[key] ?? .null
                if actual.serialized != expected.serialized {
                    differences.append(
                        """
                        \(testCase.id) [\(key)]
                        \(testCase.document ?? testCase.sdl ?? "")
                        variables: \(testCase.variables.serialized)
                        expected: \(expected.serialized)
                        actual:   \(actual.serialized)
                        """)
                }
            }
        }
        print(
            "conformance: \(suite.cases.count) cases (\(fixtureCount) from fixtures),"
                + " \(compared) answers compared (\(invalidSchemas) SDL cases with schema"
                + " validation errors), \(differences.count) differences,"
                + " graphql-js failed on \(oracleFailures.count): \(oracleFailures)")
        if !differences.isEmpty {
            XCTFail(
                "\(differences.count) differences from graphql-js:\n"
                    + differences.prefix(40).joined(separator: "\n\n"))
        }
        XCTAssertGreaterThanOrEqual(suite.cases.count, 500)
        XCTAssertGreaterThan(invalidSchemas, 0)
    }
}

/// Produces this engine's answers in the oracle's shape.
struct ConformanceRunner {
    let suite: ConformanceSuite
    private var schemas: [String: Result<Schema, GraphQLError>] = [:]

    init(suite: ConformanceSuite) { self.suite = suite }

    private mutating func schema(_ name: String) -> Result<Schema, GraphQLError> {
        if let built = schemas[name] { return built }
        let built = Result { () throws(GraphQLError) in try Schema(sdl: suite.schemas[name] ?? "") }
        schemas[name] = built
        return built
    }

    mutating func answer(_ testCase: ConformanceCase) async -> JSONObject {
        var answer = JSONObject()
        if let sdl = testCase.sdl {
            let document: Document
            do throws(GraphQLError) {
                document = try parse(sdl, limits: .schema)
            } catch {
                return ["parse": brief([error])]
            }
            var base: Schema?
            if let extends = testCase.extends {
                switch schema(extends) {
                case .success(let schema): base = schema
                case .failure(let error): return ["schemaError": .string(error.message)]
                }
            }
            answer.append("all", brief(validateSDL(document, schemaToExtend: base)))
            if let rule = testCase.rule.flatMap(ruleType) {
                answer.append(
                    "rule", brief(validateSDL(document, schemaToExtend: base, rules: [rule])))
            }
            if testCase.extends == nil {
                do throws(GraphQLError) {
                    let schema = try Schema(document: document)
                    answer.append("build", "ok")
                    answer.append("schema", brief(validateSchema(schema)))
                } catch {
                    answer.append("build", .string(error.message))
                }
            }
            return answer
        }

        let schema: Schema
        switch self.schema(testCase.schema ?? "") {
        case .success(let built): schema = built
        case .failure(let error): return ["schemaError": .string(error.message)]
        }
        if let rule = testCase.rule.flatMap(ruleType),
            let document = try? parse(testCase.document ?? "")
        {
            answer.append("rule", brief(validate(document, against: schema, rules: [rule])))
        }
        let result = await graphql(
            schema: schema, source: testCase.document ?? "",
            operationName: testCase.operationName, variables: testCase.variables.objectValue,
            rootValue: suite.roots[testCase.schema ?? ""] ?? JSON.object([:]))
        answer.append("result", result.json)
        return answer
    }

    private func brief(_ errors: [GraphQLError]) -> JSON {
        .array(errors.map(\.referenceJSON))
    }

    private func ruleType(_ name: String) -> (any ValidationRule.Type)? {
        (specifiedRules + specifiedSDLRules).first { String(describing: $0) == name }
    }
}
