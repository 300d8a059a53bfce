import GraphQL
import JSON
import XCTest

/// Custom scalar coercion (`ResolverMap.setScalar`) against graphql-js scalars with the same
/// `serialize`, `parseValue` and `parseLiteral`.
final class ExecutionCustomScalarTests: XCTestCase {
    static let sdl = """
        scalar Odd
        scalar Upper
        input Box { odd: Odd, word: Upper }
        type Query {
          odds: [Odd]
          word: Upper
          echo(odd: Odd, word: Upper, box: Box, odds: [Odd]): String
        }
        """

    static let root: JSON = ["odds": [1, 2, 3.5, "7", nil, -5], "word": "quiet"]

    struct Case {
        var query: String
        var variables: JSON = nil
    }

    static let cases: [Case] = [
        Case(query: "{ odds word }"),
        Case(query: #"{ echo(odd: 3, word: "LOUD", box: {odd: 5, word: "Mixed"}, odds: [1, 9]) }"#),
        Case(query: "{ echo(odds: 7) }"),
        Case(query: "query ($o: Odd) { echo(odd: $o) }", variables: ["o": 11]),
        Case(query: "query ($o: Odd) { echo(odd: $o) }", variables: ["o": 4]),
        Case(query: "query ($o: Odd) { echo(odd: $o) }", variables: ["o": "x"]),
        Case(
            query: "query ($b: Box) { echo(box: $b) }", variables: ["b": ["odd": 2, "word": "Hey"]]),
        Case(query: "query ($l: [Odd]) { echo(odds: $l) }", variables: ["l": [1, 2, "z"]]),
        Case(
            query: "query ($w: Upper) { echo(word: $w, box: {word: $w}) }", variables: ["w": "ABC"]),
        Case(query: "query ($w: Upper) { echo(word: $w) }", variables: ["w": 5]),
        Case(query: "query ($o: Odd) { echo(box: {odd: $o}) }", variables: ["o": 8]),
        // Literals go through parseLiteral during validation, as in graphql-js.
        Case(query: "{ echo(odd: 4) }"),
        Case(query: #"{ echo(odd: "s", word: 5) }"#),
        Case(query: #"{ echo(box: {odd: 2, word: "x"}, odds: [1, 2, "x"]) }"#),
        Case(query: "{ echo(odd: 2.5) }"),
    ]

    private static let script = """
        const schema = graphql.buildSchema(input.sdl);
        const odd = schema.getType('Odd');
        const check = (value) => {
          if (typeof value === 'string') throw new graphql.GraphQLError(`Odd got a string: ${value}`);
          if (!Number.isInteger(value) || value % 2 === 0) throw new Error(`not odd: ${value}`);
          return value;
        };
        odd.serialize = (value) => {
          if (!Number.isInteger(value) || value % 2 === 0) throw new Error(`Odd cannot represent ${value}`);
          return value;
        };
        odd.parseValue = check;
        odd.parseLiteral = (node, variables) => check(graphql.valueFromASTUntyped(node, variables));
        const upper = schema.getType('Upper');
        upper.serialize = (value) => String(value).toUpperCase();
        upper.parseValue = (value) => {
          if (typeof value !== 'string') throw new Error('Upper needs a string');
          return value.toLowerCase();
        };
        upper.parseLiteral = (node, variables) => upper.parseValue(graphql.valueFromASTUntyped(node, variables));
        schema.getQueryType().getFields().echo.resolve = (_, args) => JSON.stringify(args);
        out(input.cases.map((c) => JSON.parse(JSON.stringify(graphql.graphqlSync({
          schema, source: c.query, rootValue: input.root, variableValues: c.variables,
        })))));
        """

    struct Message: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static var resolvers: ResolverMap {
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "echo") { context in JSON.object(context.arguments).serialized }
        let check: @Sendable (JSON) throws -> JSON = { value in
            if case .string(let text) = value { throw GraphQLError("Odd got a string: \(text)") }
            guard let int = value.intValue, int % 2 != 0 else {
                throw Message("not odd: \(value.serialized)")
            }
            return value
        }
        resolvers.setScalar(
            "Odd",
            CustomScalar(
                serialize: { value in
                    guard case .int(let int) = value, int % 2 != 0 else {
                        let text = value.stringValue ?? value.serialized
                        throw Message("Odd cannot represent \(text)")
                    }
                    return value
                },
                parseValue: check))
        resolvers.setScalar(
            "Upper",
            CustomScalar(
                serialize: { value in .string((value.stringValue ?? value.serialized).uppercased())
                },
                parseValue: { value in
                    guard case .string(let text) = value else {
                        throw Message("Upper needs a string")
                    }
                    return .string(text.lowercased())
                }))
        return resolvers
    }

    func testMatchesGraphQLJS() async throws {
        let input: JSON = [
            "sdl": .string(Self.sdl), "root": Self.root,
            "cases": .array(
                Self.cases.map { ["query": .string($0.query), "variables": $0.variables] }),
        ]
        let expected = try XCTUnwrap(GraphQLJS.run(Self.script, input: input).arrayValue)
        let schema = try Schema(sdl: Self.sdl)
        let resolvers = Self.resolvers
        for (index, testCase) in Self.cases.enumerated() {
            let result = await graphql(
                schema: schema, resolvers: resolvers, source: testCase.query,
                variables: testCase.variables.objectValue, rootValue: Self.root)
            XCTAssertEqual(result.json.serialized, expected[index].serialized, testCase.query)
        }
    }
}
