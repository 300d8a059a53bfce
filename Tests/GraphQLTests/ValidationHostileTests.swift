import JSON
import XCTest

@testable import GraphQL

/// Documents built to make OverlappingFieldsCanBeMerged quadratic: the answers must
/// equal graphql-js's while the work stays bounded by the error limit.
final class ValidationHostileTests: XCTestCase {
    private static let sdl = """
        type Query { user(id: ID!): User }
        type User { id: ID! name: String }
        """

    private static let script = """
        const schema = graphql.buildSchema(input.schema);
        out(graphql.validate(schema, graphql.parse(input.text))
          .map((e) => ({ message: e.message, locations: e.locations ?? [] })));
        """

    private func errors(_ text: String) throws -> JSON {
        let schema = try Schema(sdl: Self.sdl)
        let found = validate(try parse(text), against: schema)
        return .array(
            found.map { error in
                [
                    "message": .string(error.message),
                    "locations": .array(
                        error.locations.map { ["line": .int($0.line), "column": .int($0.column)] }),
                ]
            })
    }

    func testManySameNamedFieldsWithDifferentArgumentsStopAtTheErrorLimit() throws {
        let text =
            "{ " + (0..<300).map { "user(id: \"\($0)\") { id }" }.joined(separator: " ") + " }"
        let reference = try GraphQLJS.run(
            Self.script, input: ["schema": .string(Self.sdl), "text": .string(text)])
        let ours = try errors(text)
        XCTAssertEqual(ours.arrayValue?.count, 101)
        XCTAssertEqual(ours, reference)
    }

    func testManyIdenticalFieldsAreNoConflict() throws {
        // graphql-js needs about a minute for this document; identical fields never
        // conflict, so no errors is the answer without asking it.
        let text = "{ " + String(repeating: "user(id: \"1\") { id } ", count: 1_600) + "}"
        XCTAssertEqual(try errors(text), [])
    }

    func testIdenticalShapesStillReportARealConflict() throws {
        let fields = String(repeating: "user(id: \"1\") { id } ", count: 50)
        let text = "{ " + fields + "user(id: \"2\") { id } }"
        let reference = try GraphQLJS.run(
            Self.script, input: ["schema": .string(Self.sdl), "text": .string(text)])
        XCTAssertEqual(reference.arrayValue?.count, 50)
        XCTAssertEqual(try errors(text), reference)
    }
}
