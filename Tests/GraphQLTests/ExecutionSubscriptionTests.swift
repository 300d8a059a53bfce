import GraphQL
import JSON
import XCTest

/// `subscribe` against graphql-js's `subscribe`: the same source events give the same
/// response events, and the same failures before the stream starts.
final class ExecutionSubscriptionTests: XCTestCase {
    static let sdl = """
        enum Genre { FICTION HISTORY }
        type Book { id: ID! title: String! genre: Genre }
        type Query { book: Book }
        type Subscription {
          bookAdded(genre: Genre): Book
          tick(every: Int!): Int!
          broken: String
          plain: String
        }
        """

    /// Events for `bookAdded`; the stream fails after them when `failAfter` is set.
    static let events: JSON = [
        ["bookAdded": ["id": "1", "title": "Dune", "genre": "FICTION"]],
        ["bookAdded": ["id": "2", "title": nil, "genre": "HISTORY"]],
        ["bookAdded": nil],
        ["bookAdded": ["id": "4", "title": "Emma", "genre": "ROMANCE"]],
        ["tick": 5],
    ]

    struct Case {
        var query: String
        var variables: JSON = nil
        var failAfter = false
    }

    static let cases: [Case] = [
        Case(query: "subscription { bookAdded { id title genre } }"),
        Case(
            query: "subscription S($g: Genre) { bookAdded(genre: $g) { id } }",
            variables: ["g": "HISTORY"]),
        Case(query: "subscription { bookAdded { id genre } }", failAfter: true),
        Case(query: "subscription { added: bookAdded { ... on Book { title } } __typename }"),
        Case(query: "subscription { tick(every: 1) }"),
        Case(query: "subscription { broken }"),
        Case(
            query: "subscription ($g: Genre) { bookAdded(genre: $g) { id } }",
            variables: ["g": "NOPE"]),
        Case(query: "subscription { bookAdded(genre: NOPE) { id } }"),
        Case(query: "subscription A { tick(every: 1) } subscription B { plain }"),
        Case(query: "query { book { id } }"),
    ]

    private static let script = """
        const schema = graphql.buildSchema(input.sdl);
        const fields = schema.getSubscriptionType().getFields();
        function source(failAfter) {
          return (async function* () {
            for (const event of input.events) yield event;
            if (failAfter) throw new Error('source failed');
          })();
        }
        fields.bookAdded.subscribe = (_, args, context) => source(context.failAfter);
        fields.tick.subscribe = (_, args, context) => source(false);
        fields.broken.subscribe = () => { throw new Error('no stream today'); };
        (async () => {
          const results = [];
          for (const c of input.cases) {
            const document = graphql.parse(c.query);
            const errors = graphql.validate(schema, document);
            if (errors.length > 0) { results.push({ validation: errors.map((e) => e.message) }); continue; }
            let answer;
            try {
              answer = await graphql.subscribe({
                schema, document, variableValues: c.variables, contextValue: { failAfter: c.failAfter },
              });
            } catch (error) {
              results.push({ thrown: error.message });
              continue;
            }
            if (!answer[Symbol.asyncIterator]) { results.push({ failure: answer }); continue; }
            const events = [];
            let thrown = null;
            try {
              for await (const event of answer) events.push(event);
            } catch (error) {
              thrown = error.message;
            }
            results.push({ events, thrown });
          }
          out(JSON.parse(JSON.stringify(results)));
        })();
        """

    func testMatchesGraphQLJS() async throws {
        let input: JSON = [
            "sdl": .string(Self.sdl), "events": Self.events,
            "cases": .array(
                Self.cases.map {
                    [
                        "query": .string($0.query), "variables": $0.variables,
                        "failAfter": .bool($0.failAfter),
                    ]
                }),
        ]
        let expected = try XCTUnwrap(GraphQLJS.run(Self.script, input: input).arrayValue)
        XCTAssertEqual(expected.count, Self.cases.count)

        let schema = try Schema(sdl: Self.sdl)
        for (index, testCase) in Self.cases.enumerated() {
            let actual = await run(testCase, schema)
            XCTAssertEqual(
                actual.serialized, expected[index].serialized, "case \(index): \(testCase.query)")
        }
    }

    private struct SourceFailed: Error, CustomStringConvertible {
        var description: String { "source failed" }
    }

    private func run(_ testCase: Case, _ schema: Schema) async -> JSON {
        let document = try! parse(testCase.query)
        let errors = validate(document, against: schema)
        if !errors.isEmpty { return ["validation": .array(errors.map { .string($0.message) })] }

        var resolvers = ResolverMap()
        let failAfter = testCase.failAfter
        let source: @Sendable (ResolveContext) async throws -> EventStream = { _ in
            EventStream(
                AsyncThrowingStream { continuation in
                    for event in Self.events.arrayValue ?? [] { continuation.yield(event) }
                    continuation.finish(throwing: failAfter ? SourceFailed() : nil)
                })
        }
        resolvers.setSubscription("Subscription", "bookAdded", source)
        resolvers.setSubscription("Subscription", "tick", source)
        resolvers.setSubscription("Subscription", "broken") { _ in
            throw GraphQLError("no stream today")
        }
        let answer = await subscribe(
            schema: schema, resolvers: resolvers, document: document,
            variables: testCase.variables.objectValue)
        switch answer {
        case .failure(let result):
            return ["failure": result.json]
        case .stream(let stream):
            var events: [JSON] = []
            var thrown: JSON = nil
            do {
                for try await result in stream { events.append(result.json) }
            } catch {
                thrown = .string(String(describing: error))
            }
            return ["events": .array(events), "thrown": thrown]
        }
    }

    func testARootValueWithoutAStreamIsALocatedError() async throws {
        // graphql-js throws a plain Error here; this engine reports it like other field errors.
        let schema = try Schema(sdl: Self.sdl)
        let answer = await subscribe(
            schema: schema, resolvers: ResolverMap(), document: try parse("subscription { plain }"),
            rootValue: ["plain": "text"] as [String: any Sendable])
        guard case .failure(let result) = answer else { return XCTFail("expected a failure") }
        XCTAssertEqual(
            result.json,
            [
                "errors": [
                    [
                        "message":
                            "Subscription field must return Async Iterable. Received: \"text\".",
                        "locations": [["line": 1, "column": 16]], "path": ["plain"],
                    ]
                ]
            ])
    }

    func testCancellingTheConsumerStopsTheSource() async throws {
        let schema = try Schema(sdl: Self.sdl)
        let (events, continuation) = AsyncThrowingStream<any Sendable, any Error>.makeStream()
        let stopped = expectation(description: "source terminated")
        continuation.onTermination = { _ in stopped.fulfill() }
        var resolvers = ResolverMap()
        resolvers.setSubscription("Subscription", "tick") { _ in EventStream(events) }
        let answer = await subscribe(
            schema: schema, resolvers: resolvers,
            document: try parse("subscription { tick(every: 1) }"))
        guard case .stream(let stream) = answer else { return XCTFail("no stream") }
        let (firsts, firstSeen) = AsyncStream<JSON>.makeStream()
        let consumer = Task {
            for try await result in stream { firstSeen.yield(result.json) }
        }
        continuation.yield(JSON.object(["tick": 1]))
        var seen = firsts.makeAsyncIterator()
        let first = await seen.next()
        XCTAssertEqual(first, ["data": ["tick": 1]])
        consumer.cancel()
        await fulfillment(of: [stopped], timeout: 5)
    }
}
