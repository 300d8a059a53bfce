import JSON
import XCTest

@testable import GraphQL

/// `executeToJSON`, which writes the response while executing, against the tree path and
/// against graphql-js: the same bytes for every conformance case, and graphql-js's answers
/// for `GraphQLObject` class values (the executor's fast paths) with errors and nulls
/// propagating through lists.
final class ExecutionJSONTests: XCTestCase {
    /// Every executable conformance case (graphql-js checks the tree path's answers in
    /// `ConformanceTests`): the direct writer must give the tree's JSON byte for byte.
    func testConformanceCasesWriteTheTreePathsBytes() async throws {
        var suite = try ConformanceSuite.loadFixtures()
        ConformanceGenerator.addCases(to: &suite, seed: 20_261_204, count: 400)
        var schemas: [String: Schema] = [:]
        var compared = 0
        var withErrors = 0
        var differences: [String] = []
        // Cases checking one validation rule (graphql-js's own fixtures, some pathological)
        // do not execute.
        for testCase in suite.cases where testCase.sdl == nil && testCase.rule == nil {
            guard let name = testCase.schema, let sdl = suite.schemas[name],
                let document = try? parse(testCase.document ?? "")
            else { continue }
            if schemas[name] == nil { schemas[name] = try? Schema(sdl: sdl) }
            guard let schema = schemas[name], validate(document, against: schema).isEmpty else {
                continue
            }
            let root = suite.roots[name] ?? JSON.object([:])
            let tree = await execute(
                schema: schema, resolvers: ResolverMap(), document: document,
                operationName: testCase.operationName, variables: testCase.variables.objectValue,
                rootValue: root)
            let direct = await executeToJSON(
                schema: schema, resolvers: ResolverMap(), document: document,
                operationName: testCase.operationName, variables: testCase.variables.objectValue,
                rootValue: root)
            compared += 1
            if !tree.errors.isEmpty { withErrors += 1 }
            let expected = tree.json.serialized
            let actual = String(decoding: direct.bytes, as: UTF8.self)
            if actual != expected {
                differences.append(
                    "\(testCase.id)\n\(testCase.document ?? "")\nexpected: \(expected)\nactual:   \(actual)"
                )
            }
            XCTAssertEqual(direct.errors, tree.errors, testCase.id)
            XCTAssertEqual(direct.hasData, tree.data != nil, testCase.id)
        }
        XCTAssert(differences.isEmpty, differences.prefix(10).joined(separator: "\n\n"))
        XCTAssertGreaterThan(compared, 300)
        XCTAssertGreaterThan(withErrors, 20)
    }

    // MARK: - GraphQLObject values against graphql-js

    static let sdl = """
        type Query {
          users: [User!]!
          maybeUsers: [User]
          first: User
          tags: [String]
          strict: [String!]
          nums: [Int]
          nested: [[Int!]]
          big: Int
          f: Float
          g: Float
          ok: Boolean
          kind: Kind
          kinds: [Kind!]!
          boom: String
          mustBoom: String!
          notList: [Int]
          mixed: [User]
          others: [User!]
        }
        type User { id: ID! name: String! email: String friends: [User!] best: User! role: Kind }
        enum Kind { A B }
        """

    final class User: GraphQLObject, @unchecked Sendable {
        let id: String
        let name: String?
        let email: String?
        var friends: [User] = []
        var best: User?
        let role: String

        init(_ id: String, name: String?, email: String?, role: String) {
            self.id = id
            self.name = name
            self.email = email
            self.role = role
        }

        func graphQLField(_ field: String) -> (any Sendable)? {
            switch field {
            case "id": id
            case "name": name
            case "email": email
            case "friends": friends
            case "best": best
            case "role": role
            default: nil
            }
        }

        var json: JSON {
            [
                "id": .string(id), "name": name.map(JSON.string) ?? nil,
                "email": email.map(JSON.string) ?? nil,
                "friends": .array(friends.map { ["id": .string($0.id)] }),
                "best": best.map { ["id": .string($0.id)] } ?? nil, "role": .string(role),
            ]
        }
    }

    /// The root and, for graphql-js, the same data as JSON (friends and best as references
    /// by id, resolved on the graphql-js side).
    struct Root: GraphQLObject, @unchecked Sendable {
        let users: [User]
        let broken: [User]

        init() {
            let ann = User("1", name: "Ann", email: "ann@example.com", role: "A")
            let bob = User("2", name: "Bob", email: nil, role: "B")
            let cy = User("3", name: "Cy \"the\" \\ \u{1}", email: "ç@example.com", role: "A")
            let dee = User("4", name: nil, email: "dee@example.com", role: "C")
            ann.friends = [bob, cy]
            bob.friends = [ann]
            cy.friends = [ann, dee]
            ann.best = bob
            bob.best = ann
            cy.best = ann
            users = [ann, bob, cy]
            broken = [ann, dee, bob]
        }

        func graphQLField(_ field: String) -> (any Sendable)? {
            switch field {
            case "users": users
            case "maybeUsers": broken
            case "first": users[2]
            case "tags": ["a", nil, "c"] as [String?]
            case "strict": ["x", nil] as [String?]
            case "nums": [1, 2, 3_000_000_000] as [Int]
            case "nested": [[1, 2], [3, nil], []] as [[Int?]]
            case "big": 2_147_483_648
            case "f": 1.5
            case "g": 2
            case "ok": true
            case "kind": "C"
            case "kinds": ["A", "B", "A"]
            case "notList": "nope"
            case "mixed": [users[0], JSON.null, users[1]] as [any Sendable]
            // Items that are existentials themselves, read through casts.
            case "others": [users[1], users[0]] as [any GraphQLObject]
            default: nil
            }
        }

        var json: JSON {
            [
                "users": .array(users.map(\.json)), "maybeUsers": .array(broken.map(\.json)),
                "all": .array((users + broken).map(\.json)), "first": "3",
                "tags": ["a", nil, "c"], "strict": ["x", nil], "nums": [1, 2, 3_000_000_000],
                "nested": [[1, 2], [3, nil], []], "big": 2_147_483_648, "f": 1.5, "g": 2,
                "ok": true, "kind": "C", "kinds": ["A", "B", "A"], "notList": "nope",
                "mixed": ["1", nil, "2"], "others": ["2", "1"],
            ]
        }
    }

    static let queries = [
        "{ users { id name email role friends { id name } best { id name } } }",
        "{ maybeUsers { id name best { id } } }",
        "{ maybeUsers { id friends { name } } }",
        "{ first { id friends { id name email role } } __typename }",
        "{ tags strict nums nested }",
        "{ big f g ok kind kinds }",
        "{ boom users { id } }",
        "{ boom mustBoom users { id } }",
        "{ notList mixed { id name } }",
        "{ others { id name best { name } } users { id } others { email } }",
        // Selection sets left empty by @skip and @include.
        "{ first { id @skip(if: true) } users { name @include(if: false) } ok }",
        "{ a: users { n: name } b: users { id } users { id ... on User { email } } }",
        "{ users { id } users { name } maybeUsers { role } }",
    ]

    /// graphql-js resolves users by id from the JSON mirror, so objects are shared as in Swift.
    static let script = """
        const schema = graphql.buildSchema(input.sdl);
        const byId = new Map(input.root.all.map((u) => [u.id, u]));
        const user = (ref) => (ref == null ? ref : byId.get(ref.id));
        const fields = schema.getType('User').getFields();
        fields.friends.resolve = (u) => u.friends.map(user);
        fields.best.resolve = (u) => user(u.best);
        const query = schema.getQueryType().getFields();
        query.first.resolve = (r) => byId.get(r.first);
        query.mixed.resolve = (r) => r.mixed.map((id) => (id == null ? null : byId.get(id)));
        query.others.resolve = (r) => r.others.map((id) => byId.get(id));
        query.boom.resolve = () => { throw new Error('boom'); };
        query.mustBoom.resolve = () => { throw new Error('must boom'); };
        out(input.queries.map((source) => JSON.parse(JSON.stringify(
          graphql.graphqlSync({ schema, source, rootValue: input.root })))));
        """

    func testGraphQLObjectValuesMatchGraphQLJS() async throws {
        let root = Root()
        let expected = try GraphQLJS.run(
            Self.script,
            input: [
                "sdl": .string(Self.sdl), "root": root.json,
                "queries": .array(Self.queries.map(JSON.string)),
            ])
        let schema = try Schema(sdl: Self.sdl)
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "boom") { _ in throw GraphQLError("boom") }
        resolvers.setSync("Query", "mustBoom") { _ in throw GraphQLError("must boom") }
        XCTAssertEqual(expected.arrayValue?.count, Self.queries.count)
        var sawErrors = false
        for (index, query) in Self.queries.enumerated() {
            let document = try parse(query)
            XCTAssertEqual(validate(document, against: schema), [], query)
            let tree = await execute(
                schema: schema, resolvers: resolvers, document: document, rootValue: root)
            let direct = await executeToJSON(
                schema: schema, resolvers: resolvers, document: document, rootValue: root)
            let reference = expected[index]?.serialized
            sawErrors = sawErrors || !tree.errors.isEmpty
            XCTAssertEqual(tree.json.serialized, reference, "tree: \(query)")
            XCTAssertEqual(
                String(decoding: direct.bytes, as: UTF8.self), reference, "direct: \(query)")
        }
        XCTAssert(sawErrors)
    }

    // MARK: - Falling back to the tree

    func testAsynchronousResolversFallBackToTheTreeWithTheSameBytes() async throws {
        let schema = try Schema(sdl: "type Query { a: String b: [Int!] c: String! }")
        var resolvers = ResolverMap()
        resolvers.set("Query", "a") { _ in
            await Task.yield()
            return "later"
        }
        let document = try parse("{ a b c }")
        let root: JSON = ["b": [1, nil], "c": "x"]
        let run = ExecutionRun(
            schema: schema, resolvers: resolvers,
            operation: try operation(named: nil, in: document), fragments: [:], variables: [:],
            context: JSON.null, source: document.source)
        XCTAssertTrue(run.selectsAsyncResolver)
        let direct = await executeToJSON(
            schema: schema, resolvers: resolvers, document: document, rootValue: root)
        XCTAssertEqual(
            String(decoding: direct.bytes, as: UTF8.self),
            #"{"errors":[{"message":"Cannot return null for non-nullable field Query.b.","locations":[{"line":1,"column":5}],"path":["b",1]}],"data":{"a":"later","b":null,"c":"x"}}"#
        )

        // A fragment reaching the asynchronous field counts; other operations write directly.
        let viaFragment = try parse("{ ...F } fragment F on Query { a }")
        let fragmentRun = ExecutionRun(
            schema: schema, resolvers: resolvers,
            operation: try operation(named: nil, in: viaFragment),
            fragments: ["F": try XCTUnwrap(viaFragment.fragments.first)], variables: [:],
            context: JSON.null, source: nil)
        XCTAssertTrue(fragmentRun.selectsAsyncResolver)
        let plain = try parse("{ c }")
        let plainRun = ExecutionRun(
            schema: schema, resolvers: resolvers, operation: try operation(named: nil, in: plain),
            fragments: [:], variables: [:], context: JSON.null, source: nil)
        XCTAssertFalse(plainRun.selectsAsyncResolver)
    }

    func testRequestErrorsHaveNoData() async throws {
        let schema = try Schema(sdl: "type Query { a: String }")
        let direct = await executeToJSON(
            schema: schema, resolvers: ResolverMap(),
            document: try parse("query A { a } query B { a }"))
        XCTAssertFalse(direct.hasData)
        XCTAssertEqual(
            String(decoding: direct.bytes, as: UTF8.self),
            #"{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"#
        )
    }
}

extension Document {
    fileprivate var fragments: [FragmentDefinition] {
        definitions.compactMap {
            if case .fragment(let fragment) = $0 { return fragment }
            return nil
        }
    }
}
