import GraphQL
import JSON
import XCTest

/// Abstract type resolution against graphql-js: `__typename`, `isTypeOf` on object types
/// and `resolveType` on abstract types, with the same data, results and messages.
final class ExecutionAbstractTests: XCTestCase {
    static let sdl = """
        interface Pet { name: String }
        interface Named { name: String }
        type Dog implements Pet & Named { name: String barks: Boolean }
        type Cat implements Pet & Named { name: String lives: Int }
        type Bird { name: String }
        union Animal = Dog | Cat | Bird
        type Query {
          pets: [Pet]
          animals: [Animal]
          named: [Named]
          dog: Dog
          dogs: [Dog!]
          bird: Bird
        }
        """

    static let root: JSON = [
        "pets": [
            ["kind": "dog", "name": "Rex", "barks": true],
            ["kind": "cat", "name": "Tom", "lives": 9],
            ["kind": "fish", "name": "Nemo"],
            ["__typename": "Cat", "kind": "dog", "name": "Odd"],
            nil,
        ],
        "animals": [
            ["kind": "bird", "name": "Tweety"], ["kind": "cat", "name": "Tom"],
            ["kind": "dog", "name": "Rex"],
        ],
        "named": [["kind": "dog", "name": "Rex"], ["kind": "cat", "name": "Tom"]],
        "dog": ["kind": "cat", "name": "Tom"],
        "dogs": [["kind": "dog", "name": "A"], ["kind": "cat", "name": "B"]],
        "bird": ["kind": "dog"],
    ]

    static let queries = [
        "{ pets { name __typename ... on Dog { barks } ... on Cat { lives } } }",
        "{ animals { __typename ... on Bird { name } ... on Cat { name } } }",
        "{ named { name __typename } }",
        "{ dog { name } }",
        "{ dogs { name } }",
        "{ bird { name } }",
    ]

    private static let script = """
        const schema = graphql.buildSchema(input.sdl);
        for (const [type, kind] of [['Dog', 'dog'], ['Cat', 'cat'], ['Bird', 'bird']]) {
          schema.getType(type).isTypeOf = (value) => value.kind === kind;
        }
        // Named picks by name length, and names a type that is not an object for "Tom".
        schema.getType('Named').resolveType = (value) =>
          value.name === 'Tom' ? 'Pet' : value.name.length === 3 ? 'Dog' : undefined;
        out(input.queries.map((source) => JSON.parse(JSON.stringify(
          graphql.graphqlSync({ schema, source, rootValue: input.root })))));
        """

    func testMatchesGraphQLJS() async throws {
        let expected = try XCTUnwrap(
            GraphQLJS.run(
                Self.script,
                input: [
                    "sdl": .string(Self.sdl), "root": Self.root,
                    "queries": .array(Self.queries.map(JSON.string)),
                ]
            ).arrayValue)
        let schema = try Schema(sdl: Self.sdl)
        var resolvers = ResolverMap()
        for (type, kind) in [("Dog", "dog"), ("Cat", "cat"), ("Bird", "bird")] {
            resolvers.setIsTypeOf(type) { value, _ in (value as? JSON)?["kind"]?.stringValue == kind
            }
        }
        resolvers.setTypeResolver("Named") { value, _ in
            guard let name = (value as? JSON)?["name"]?.stringValue else { return nil }
            return name == "Tom" ? "Pet" : name.count == 3 ? "Dog" : nil
        }
        for (index, query) in Self.queries.enumerated() {
            let result = await graphql(
                schema: schema, resolvers: resolvers, source: query, rootValue: Self.root)
            XCTAssertEqual(result.json.serialized, expected[index].serialized, query)
        }
    }
}
