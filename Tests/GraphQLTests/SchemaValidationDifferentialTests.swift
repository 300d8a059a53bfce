import JSON
import XCTest

@testable import GraphQL

/// `validateSchema` against graphql-js 16's on the schemas of `SchemaValidationCases`:
/// each is built from SDL here and in graphql-js, and the build error or the schema
/// errors (message and locations, in order) must be identical.
final class SchemaValidationDifferentialTests: XCTestCase {
    static let referenceScript = """
        out(input.map((sdl) => {
          let schema;
          try { schema = graphql.buildSchema(sdl); }
          catch (error) { return { build: error.message }; }
          return { errors: graphql.validateSchema(schema).map((e) =>
            ({ message: e.message, locations: e.locations ?? [] })) };
        }));
        """

    func testErrorsEqualGraphQLJS() throws {
        let cases = SchemaValidationCases.all
        let reference = try XCTUnwrap(
            GraphQLJS.run(Self.referenceScript, input: .array(cases.map(JSON.string))).arrayValue)
        XCTAssertEqual(reference.count, cases.count)

        var invalid = 0
        var unbuilt = 0
        for (sdl, expected) in zip(cases, reference) {
            if expected["build"] != nil { unbuilt += 1 }
            if expected["errors"]?.arrayValue?.isEmpty == false { invalid += 1 }
            XCTAssertEqual(
                Self.answer(sdl).serialized, expected.serialized, "schema:\n\(sdl)")
        }
        print(
            "schema validation: \(cases.count) schemas, \(invalid) invalid,"
                + " \(unbuilt) not built")
        XCTAssertGreaterThanOrEqual(invalid, 60)
        XCTAssertGreaterThanOrEqual(unbuilt, 4)
        for sdl in SchemaValidationCases.valid {
            XCTAssertEqual(Self.answer(sdl), ["errors": []], sdl)
        }
    }

    /// Our answer in the reference script's shape.
    static func answer(_ sdl: String) -> JSON {
        let schema: Schema
        do throws(GraphQLError) {
            schema = try Schema(sdl: sdl)
        } catch {
            return ["build": .string(error.message)]
        }
        return ["errors": .array(validateSchema(schema).map(\.referenceJSON))]
    }

    /// Long chains of input objects: graphql-js's errors for one it can search, and no
    /// stack overflow on one far longer, searched on a thread of the cooperative pool.
    func testLongInputObjectChains() async throws {
        func chain(_ count: Int, back: Bool) -> String {
            var sdl = "type Query { a(i: I0): Int }\n"
            for index in 0..<count {
                let next = index + 1 == count ? 0 : index + 1
                sdl += "input I\(index) { x: Int, n: I\(next)!"
                sdl += back ? ", b: I\(index / 2)! }\n" : " }\n"
            }
            return sdl
        }
        let searchable = chain(300, back: true)
        let reference = try XCTUnwrap(
            GraphQLJS.run(Self.referenceScript, input: [.string(searchable)]).arrayValue)
        XCTAssertEqual(Self.answer(searchable).serialized, reference.first?.serialized)

        let long = try Schema(document: parse(chain(20_000, back: false), limits: .schema))
        let errors = await Task.detached { validateSchema(long) }.value
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.locations.count, 20_000)
        XCTAssertTrue(
            errors.first?.message.hasPrefix(
                "Cannot reference Input Object \"I0\" within itself through a series of"
                    + " non-null fields: \"n.n.n.") == true)
    }

    /// The line table error locations come from agrees with `Source.location(of:)` at
    /// every offset, across every kind of line break and non-ASCII text.
    func testLineTableLocatesAsSourceDoes() {
        let source = Source("type A {\r\n  é: Int\r\r  \"😀\" b: [A!]\n\n\rc: A } \u{2028} x\n")
        let table = SourceLineTable(source)
        for offset in 0...source.body.utf8.count {
            XCTAssertEqual(table.location(of: offset), source.location(of: offset), "\(offset)")
        }
    }

    /// A request against an invalid schema answers with the schema's errors, as
    /// graphql-js's `graphql()` does; `validate`, `execute` and `subscribe` give the same
    /// errors where graphql-js's throw them.
    func testRequestsAgainstInvalidSchemasAnswerWithItsErrors() async throws {
        let schemas = [
            "type Foo { a: Int }",
            "type Query { a: U } union U = Query | I interface I { a: Int } input In { a: In! }",
            "schema { query: Q mutation: M } type Q { a: Int } scalar M",
        ]
        let script = """
            out(input.map((sdl) => graphql.graphqlSync({
              schema: graphql.buildSchema(sdl), source: '{ a }' })));
            """
        let reference = try XCTUnwrap(
            GraphQLJS.run(script, input: .array(schemas.map(JSON.string))).arrayValue)
        XCTAssertEqual(reference.count, schemas.count)
        for (sdl, expected) in zip(schemas, reference) {
            let schema = try Schema(sdl: sdl)
            let result = await graphql(schema: schema, source: "{ a }")
            XCTAssertEqual(result.json.serialized, expected.serialized, sdl)
            let errors = validateSchema(schema)
            XCTAssertFalse(errors.isEmpty)
            let document = try parse("{ a }")
            XCTAssertEqual(validate(document, against: schema), errors)
            let executed = await execute(
                schema: schema, resolvers: ResolverMap(), document: document)
            XCTAssertEqual(executed.errors, errors)
            XCTAssertNil(executed.data)
            let subscription = try parse("subscription { a }")
            switch await subscribe(schema: schema, resolvers: ResolverMap(), document: subscription)
            {
            case .failure(let result): XCTAssertEqual(result.errors, errors)
            case .stream: XCTFail("a stream from an invalid schema")
            }
        }
    }

    /// The OneOf input object rules, which graphql-js 16.6 predates: messages and
    /// locations as graphql-js 16.11 words and places them (the field's type for
    /// "must be nullable", the field for "cannot have a default value"), checked after
    /// the other input field rules.
    func testOneOfInputObjectRules() throws {
        let sdl = """
            type Query { a(i: I): Int }
            input I @oneOf {
              a: String
              b: Int!
              c: [Int] = [1]
              d: Int! = 2 @deprecated
              __e: Boolean
            }
            input Fine @oneOf { a: String, b: [Int!] }
            """
        let schema = try Schema(sdl: sdl)
        let errors = validateSchema(schema).map(\.referenceJSON)
        let expected: [JSON] = [
            Self.error("OneOf input field I.b must be nullable.", (4, 6)),
            Self.error("OneOf input field I.c cannot have a default value.", (5, 3)),
            Self.error("OneOf input field I.d must be nullable.", (6, 6)),
            Self.error("OneOf input field I.d cannot have a default value.", (6, 3)),
            Self.error(
                "Name \"__e\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (7, 3)),
        ]
        XCTAssertEqual(JSON.array(errors).serialized, JSON.array(expected).serialized)
    }

    static func error(_ message: String, _ locations: (Int, Int)...) -> JSON {
        [
            "message": .string(message),
            "locations": .array(locations.map { ["line": .int($0.0), "column": .int($0.1)] }),
        ]
    }

    /// The answer is computed once per schema and shared between threads.
    func testErrorsAreComputedOncePerSchema() async throws {
        let schema = try Schema(sdl: "type Query { a: Int } union U")
        let first = validateSchema(schema)
        XCTAssertEqual(first.map(\.message), ["Union type U must define one or more member types."])
        let answers = await withTaskGroup(of: [GraphQLError].self) { group in
            for _ in 0..<8 { group.addTask { validateSchema(schema) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(answers, Array(repeating: first, count: 8))
        XCTAssertEqual(validateSchema(try Schema(sdl: "type Query { a: Int }")), [])
    }

    /// Schemas built in code have no nodes: the same messages without locations.
    func testSchemasBuiltInCodeHaveNoLocations() {
        let schema = Schema(
            types: [
                .object(ObjectType(name: "Query", fields: [], interfaces: ["Query"])),
                .inputObject(
                    InputObjectType(
                        name: "In",
                        fields: [InputValue(name: "self", type: .nonNull(.named("In")))])),
            ], queryType: "Query")
        XCTAssertEqual(
            validateSchema(schema).map(\.description),
            [
                "Type Query must define one or more fields.",
                "Type Query must only implement Interface types, it cannot implement Query.",
                "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".",
            ])
    }
}
