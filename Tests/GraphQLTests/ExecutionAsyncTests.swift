import GraphQL
import JSON
import Synchronization
import XCTest

/// Asynchronous resolvers, DataLoader waves, serial mutations and the non-JSON value
/// shapes the default resolver reads.
final class ExecutionAsyncTests: XCTestCase {
    /// Records each batch a loader receives.
    final class BatchLog: Sendable {
        let batches = Mutex<[String: [[Int]]]>([:])
        func record(_ loader: String, _ keys: [Int]) {
            batches.withLock { $0[loader, default: []].append(keys.sorted()) }
        }
        func calls(_ loader: String) -> [[Int]] { batches.withLock { $0[loader] ?? [] } }
    }

    struct Loaders: Sendable {
        let child: DataLoader<Int, JSON>
        let grand: DataLoader<Int, JSON>

        init(log: BatchLog, failing: Bool = false) {
            child = DataLoader { keys in
                log.record("child", keys)
                await Task.yield()
                if failing { throw GraphQLError("child store is down") }
                return Dictionary(uniqueKeysWithValues: keys.map { ($0, ["id": .int($0 * 10)]) })
            }
            grand = DataLoader { keys in
                log.record("grand", keys)
                return Dictionary(uniqueKeysWithValues: keys.map { ($0, ["id": .int($0 + 1)]) })
            }
        }
    }

    static let sdl = """
        type Query { parents(count: Int = 50): [Parent] same: Child other: Child }
        type Parent { id: Int child: Child strictChild: Child! }
        type Child { id: Int grand: Grand }
        type Grand { id: Int }
        """

    static func resolvers() -> ResolverMap {
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "parents") { context in
            let count = context.arguments["count"]?.intValue ?? 0
            return (0..<count).map { JSON.object(["id": .int($0)]) }
        }
        let loadChild: FieldResolver = { context in
            let loaders = context.context as! Loaders
            let id = (context.parent as! JSON)["id"]?.intValue ?? 0
            return try await loaders.child.load(id)
        }
        resolvers.set("Parent", "child", loadChild)
        resolvers.set("Parent", "strictChild") { _ in nil as JSON? }
        resolvers.set("Query", "same") { context in
            try await (context.context as! Loaders).child.load(7)
        }
        resolvers.set("Query", "other") { context in
            try await (context.context as! Loaders).child.load(7)
        }
        resolvers.set("Child", "grand") { context in
            let loaders = context.context as! Loaders
            let id = (context.parent as! JSON)["id"]?.intValue ?? 0
            return try await loaders.grand.load(id)
        }
        return resolvers
    }

    private func run(_ query: String, _ loaders: Loaders) async throws -> ExecutionResult {
        let schema = try Schema(sdl: Self.sdl)
        return await graphql(
            schema: schema, resolvers: Self.resolvers(), source: query, context: loaders)
    }

    func testFiftyParentsMakeOneBatchCall() async throws {
        let log = BatchLog()
        let result = try await run("{ parents { id child { id } } }", Loaders(log: log))
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(log.calls("child"), [Array(0..<50)])
        XCTAssertEqual(result.data?["parents"]?[49], ["id": 49, "child": ["id": 490]])
    }

    func testEachLevelMakesOneBatchCall() async throws {
        let log = BatchLog()
        let result = try await run(
            "{ parents(count: 20) { child { id grand { id } } } }", Loaders(log: log))
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(log.calls("child"), [Array(0..<20)])
        XCTAssertEqual(log.calls("grand"), [(0..<20).map { $0 * 10 }])
        XCTAssertEqual(result.data?["parents"]?[3], ["child": ["id": 30, "grand": ["id": 31]]])
    }

    func testSiblingFieldsShareAWaveAndTheCache() async throws {
        let log = BatchLog()
        let result = try await run(
            "{ same { id } other { id } parents(count: 2) { child { id } } }", Loaders(log: log))
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(log.calls("child"), [[0, 1, 7]])
        XCTAssertEqual(result.data?["same"], ["id": 70])
        XCTAssertEqual(result.data?["other"], ["id": 70])
    }

    func testBatchErrorReachesEveryFieldWithItsPath() async throws {
        let log = BatchLog()
        let result = try await run(
            "{ parents(count: 3) { id child { id } } }", Loaders(log: log, failing: true))
        XCTAssertEqual(log.calls("child").count, 1)
        XCTAssertEqual(
            result.json,
            [
                "errors": [
                    [
                        "message": "child store is down",
                        "locations": [["line": 1, "column": 26]],
                        "path": ["parents", 0, "child"],
                    ],
                    [
                        "message": "child store is down",
                        "locations": [["line": 1, "column": 26]],
                        "path": ["parents", 1, "child"],
                    ],
                    [
                        "message": "child store is down",
                        "locations": [["line": 1, "column": 26]],
                        "path": ["parents", 2, "child"],
                    ],
                ],
                "data": [
                    "parents": [
                        ["id": 0, "child": nil], ["id": 1, "child": nil], ["id": 2, "child": nil],
                    ]
                ],
            ])
    }

    func testNullFromAsyncNonNullFieldPropagatesToTheNullableParent() async throws {
        let result = try await run(
            "{ parents(count: 2) { id strictChild { id } } }", Loaders(log: BatchLog()))
        XCTAssertEqual(result.data, ["parents": [nil, nil]])
        XCTAssertEqual(
            result.errors.map(\.message),
            Array(
                repeating: "Cannot return null for non-nullable field Parent.strictChild.", count: 2
            ))
        XCTAssertEqual(
            result.errors.map(\.path),
            [
                [.key("parents"), .index(0), .key("strictChild")],
                [.key("parents"), .index(1), .key("strictChild")],
            ])
    }

    func testLoaderOutsideAnExecutionStillBatches() async throws {
        let log = BatchLog()
        let loaders = Loaders(log: log)
        async let a = loaders.child.load(1)
        async let b = loaders.child.load(2)
        let values = try await [a, b]
        XCTAssertEqual(values, [["id": 10], ["id": 20]])
        XCTAssertEqual(log.calls("child").flatMap { $0 }.sorted(), [1, 2])
    }

    // MARK: - Mutations and value shapes

    final class Journal: Sendable {
        let entries = Mutex<[String]>([])
        func append(_ entry: String) { entries.withLock { $0.append(entry) } }
        var all: [String] { entries.withLock { $0 } }
    }

    func testMutationRootFieldsRunSerially() async throws {
        let schema = try Schema(
            sdl: "type Query { a: Int } type Mutation { first: Int second: Int third: Int }")
        let journal = Journal()
        var resolvers = ResolverMap()
        for (name, delay) in [("first", 3), ("second", 0), ("third", 1)] {
            resolvers.set("Mutation", name) { _ in
                journal.append("start \(name)")
                for _ in 0..<delay { await Task.yield() }
                journal.append("end \(name)")
                return delay
            }
        }
        let result = await graphql(
            schema: schema, resolvers: resolvers, source: "mutation { third first second }")
        XCTAssertEqual(result.data, ["third": 1, "first": 3, "second": 0])
        XCTAssertEqual(
            journal.all,
            [
                "start third", "end third", "start first", "end first", "start second",
                "end second",
            ])
    }

    struct Dog: GraphQLObject {
        let name: String
        var graphQLTypeName: String? { "Dog" }
        func graphQLField(_ field: String) -> (any Sendable)? {
            switch field {
            case "name": name
            case "tricks": ["sit", "roll"]
            case "mood": Mood.happy
            default: nil
            }
        }
    }

    enum Mood: String, Sendable { case happy = "HAPPY" }

    func testDefaultResolverReadsObjectsDictionariesAndAbstractTypes() async throws {
        let schema = try Schema(
            sdl: """
                interface Pet { name: String }
                type Dog implements Pet { name: String tricks: [String] mood: Mood }
                type Cat implements Pet { name: String lives: Int }
                enum Mood { HAPPY SAD }
                union Any = Dog | Cat
                type Query { pets: [Pet] any: Any }
                """)
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "pets") { _ in
            [
                Dog(name: "Rex"),
                ["__typename": "Cat", "name": "Tom", "lives": 9] as [String: any Sendable],
            ]
                as [any Sendable]
        }
        resolvers.set("Query", "any") { _ in ["name": "Kit", "lives": 3] as [String: any Sendable] }
        resolvers.setTypeResolver("Any") { value, _ in value is Dog ? "Dog" : "Cat" }
        let result = await graphql(
            schema: schema, resolvers: resolvers,
            source: """
                { pets { name ... on Dog { tricks mood } ... on Cat { lives } }
                  any { __typename ... on Cat { lives } } }
                """)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(
            result.data,
            [
                "pets": [
                    ["name": "Rex", "tricks": ["sit", "roll"], "mood": "HAPPY"],
                    ["name": "Tom", "lives": 9],
                ],
                "any": ["__typename": "Cat", "lives": 3],
            ])
    }

    func testResolverErrorsAndArguments() async throws {
        let schema = try Schema(
            sdl: "type Query { greet(name: String = \"you\", times: Int!): String boom: Int! }")
        var resolvers = ResolverMap()
        resolvers.set("Query", "greet") { context in
            let name = context.arguments["name"]?.stringValue ?? ""
            let times = context.arguments["times"]?.intValue ?? 0
            return Array(repeating: "hi \(name)", count: times).joined(separator: ", ")
        }
        resolvers.set("Query", "boom") { _ in
            throw GraphQLError("kaboom", extensions: ["code": "BOOM"])
        }
        let ok = await graphql(
            schema: schema, resolvers: resolvers, source: "{ greet(times: 2) }")
        XCTAssertEqual(ok.data, ["greet": "hi you, hi you"])
        let failed = await graphql(
            schema: schema, resolvers: resolvers, source: "{ greet(times: 1) boom }")
        XCTAssertEqual(failed.data, .null)
        XCTAssertEqual(
            failed.errors,
            [
                GraphQLError(
                    "kaboom", locations: [SourceLocation(line: 1, column: 19)],
                    path: [.key("boom")],
                    extensions: ["code": "BOOM"])
            ])
    }
}
