import GraphQL
import JSON
import XCTest

/// The same schema, document, variables and root data through graphql-js and through this
/// executor, with default resolvers (plus one `echo` field that prints its arguments):
/// `data` and `errors` (message, locations, path) must be identical.
final class ExecutionDifferentialTests: XCTestCase {
    static let sdl = """
        interface Node { id: ID! }
        interface Named { name: String }
        type User implements Node & Named {
          id: ID!
          name: String
          age: Int
          friends: [User]
          bestFriend: User!
          tags: [String!]
          role: Role
          score: Float
          active: Boolean
        }
        type Post implements Node { id: ID! title: String! author: User }
        union SearchResult = User | Post
        enum Role { ADMIN USER GUEST }
        input Filter { role: Role, minAge: Int = 18, names: [String!], nested: Inner }
        input Inner { flag: Boolean! }
        type Query {
          user: User
          users: [User]
          strictUsers: [User!]!
          node: Node
          nodes: [Node]
          search: [SearchResult]
          int: Int
          float: Float
          string: String
          bool: Boolean
          id: ID
          role: Role
          nonNullString: String!
          matrix: [[Int]]
          notList: [Int]
          object: String
          echo(a: Int, b: String, f: Filter, list: [Int], e: Role, id: ID, fl: Float, d: Int = 7): String
        }
        type Mutation { first: String second: Int! third: String }
        """

    static let root: JSON = [
        "user": [
            "id": "1", "name": "Ann", "age": 30,
            "friends": [
                ["id": "2", "name": "Bob", "age": 25], nil, ["id": "3", "name": "Cy", "age": 1.5],
            ],
            "bestFriend": nil, "tags": ["a", nil], "role": "ADMIN", "score": 2.5, "active": true,
        ],
        "users": [["id": "1", "name": "Ann"], ["id": 2, "name": "Bob"]],
        "strictUsers": [["id": "1", "name": "Ann"], nil],
        "node": [
            "__typename": "Post", "id": "p1", "title": "Hi", "author": ["id": "1", "name": "Ann"],
        ],
        "nodes": [
            ["__typename": "User", "id": "1", "name": "Ann"],
            ["__typename": "Post", "id": "p1", "title": "T"], ["id": "x"],
        ],
        "search": [
            ["__typename": "User", "id": "1", "name": "Ann"],
            ["__typename": "Post", "id": "p1", "title": nil], ["__typename": "Role"],
            ["__typename": "Nope"],
        ],
        "int": 2_147_483_648, "float": "3.5", "string": 12.5, "bool": 0, "id": 42,
        "role": "SUPER", "nonNullString": nil, "matrix": [[1, 2], [nil, "x"], nil],
        "notList": 5, "object": ["a": 1],
        "first": "one", "second": nil, "third": "three",
    ]

    struct Case {
        var query: String
        var variables: JSON = nil
        var operationName: String? = nil
    }

    static let cases: [Case] = [
        Case(query: "{ user { id name age score active } }"),
        Case(query: "{ user { friends { name age } } }"),
        Case(query: "{ user { id bestFriend { id } } }"),
        Case(query: "{ user { tags } }"),
        Case(query: "{ int }"),
        Case(query: "{ float string bool id }"),
        Case(query: "{ role }"),
        Case(query: "{ user { role } }"),
        Case(query: "{ int nonNullString string }"),
        Case(query: "{ users { id name } }"),
        Case(query: "{ strictUsers { id } }"),
        Case(query: "{ node { id ... on Post { title author { name } } } }"),
        Case(query: "{ nodes { id __typename ... on User { name } } }"),
        Case(query: "{ search { __typename ... on User { name } ... on Post { title } } }"),
        Case(query: "{ a: user { n: name } b: user { id } }"),
        Case(
            query:
                "query { user { ...F } } fragment F on User { id ...G } fragment G on User { name ... on User { id } }"
        ),
        Case(query: "{ user { id @skip(if: true) name @include(if: false) age } }"),
        Case(
            query: "query ($s: Boolean!) { user { id @skip(if: $s) name @include(if: $s) } }",
            variables: ["s": true]),
        Case(query: "{ user { friends { name } friends { age } ... on User { friends { id } } } }"),
        Case(query: "query A { int } query B { float }", operationName: "B"),
        Case(query: "query A { int } query B { float }"),
        Case(query: "query A { int }", operationName: "C"),
        Case(query: "query ($id: ID!) { echo(id: $id) }"),
        Case(query: "query ($x: Int) { echo(a: $x) }", variables: ["x": "a"]),
        Case(query: "query ($x: Int!) { echo(a: $x) }", variables: ["x": nil]),
        Case(
            query: "query ($f: Filter) { echo(f: $f) }",
            variables: ["f": ["role": "NOPE", "names": ["a", nil], "extra": 1, "nested": [:]]]),
        Case(query: "query ($f: Filter) { echo(f: $f) }", variables: ["f": ["role": "ADMIN"]]),
        Case(query: "query ($l: [Int]) { echo(list: $l) }", variables: ["l": 5]),
        Case(query: #"{ echo(a: 1, b: "x", e: USER, fl: 2, list: 3, f: {names: "z"}) }"#),
        Case(query: "{ echo }"),
        Case(query: "query ($x: Int = 3) { echo(a: $x) }"),
        Case(query: "query ($v: Float) { echo(fl: $v) }", variables: ["v": 1]),
        Case(query: "query ($v: ID) { echo(id: $v) }", variables: ["v": 12]),
        Case(query: "query ($x: Int) { echo(a: $x) }", variables: ["x": 1.5]),
        Case(query: "query ($x: Int) { echo(a: $x) }", variables: ["x": 3_000_000_000]),
        Case(query: "query ($r: Role) { echo(e: $r) }", variables: ["r": "ADMNI"]),
        Case(query: "query ($r: Role) { echo(e: $r) }", variables: ["r": 1]),
        Case(query: "{ __typename user { __typename } }"),
        Case(query: "{ matrix }"),
        Case(query: "{ notList }"),
        Case(query: "{ object }"),
        Case(query: "mutation { first second third }"),
        Case(query: "mutation { first third }"),
        Case(query: "query ($f: Filter) { echo(f: $f) }", variables: ["f": "x"]),
        Case(
            query: "query ($f: Filter, $g: [Int!]!) { echo(f: $f, list: $g) }",
            variables: ["f": ["nested": ["flag": nil]], "g": [1, nil, "z"]]),
        Case(query: "query ($b: String) { echo(b: $b) }", variables: ["b": ["k": [1, [2, [3]]]]]),
        Case(query: "query ($b: String) { echo(b: $b) }", variables: ["b": true]),
    ]

    private static let script = """
        const schema = graphql.buildSchema(input.sdl);
        schema.getQueryType().getFields().echo.resolve = (_, args) => JSON.stringify(args);
        const results = input.cases.map((c) => {
          const result = graphql.graphqlSync({
            schema, source: c.query, rootValue: input.root,
            variableValues: c.variables, operationName: c.operationName,
          });
          return JSON.parse(JSON.stringify(result));
        });
        out(results);
        """

    func testMatchesGraphQLJS() async throws {
        let input: JSON = [
            "sdl": .string(Self.sdl), "root": Self.root,
            "cases": .array(
                Self.cases.map {
                    [
                        "query": .string($0.query), "variables": $0.variables,
                        "operationName": $0.operationName.map(JSON.string) ?? nil,
                    ]
                }),
        ]
        let expected = try GraphQLJS.run(Self.script, input: input)
        let schema = try Schema(sdl: Self.sdl)
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "echo") { context in JSON.object(context.arguments).serialized }

        XCTAssertEqual(expected.arrayValue?.count, Self.cases.count)
        for (index, testCase) in Self.cases.enumerated() {
            let result = await graphql(
                schema: schema, resolvers: resolvers, source: testCase.query,
                operationName: testCase.operationName, variables: testCase.variables.objectValue,
                rootValue: Self.root)
            XCTAssertEqual(
                result.json.serialized, expected[index]?.serialized,
                "case \(index): \(testCase.query)")
            // The direct JSON writer answers the same, byte for byte.
            if let document = try? parse(testCase.query),
                validate(document, against: schema, resolvers: resolvers).isEmpty
            {
                let direct = await executeToJSON(
                    schema: schema, resolvers: resolvers, document: document,
                    operationName: testCase.operationName,
                    variables: testCase.variables.objectValue, rootValue: Self.root)
                XCTAssertEqual(
                    String(decoding: direct.bytes, as: UTF8.self), expected[index]?.serialized,
                    "direct, case \(index): \(testCase.query)")
            }
        }
    }
}
