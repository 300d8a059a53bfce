import GraphQL
import JSON
import XCTest

/// Hostile documents: every limit refuses with a located syntax error before any other work,
/// and no input, however deep, exhausts the stack.
final class LimitsTests: XCTestCase {
    private func syntaxError(
        _ text: String, limits: ParseLimits = .default, file: StaticString = #filePath,
        line: UInt = #line
    ) -> GraphQLError? {
        do {
            _ = try parse(text, limits: limits)
            XCTFail("parsed", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testAliasLimit() throws {
        let limits = ParseLimits(maxAliases: 3)
        XCTAssertNoThrow(try parse("{ a: x b: x c: x d }", limits: limits))
        let error = syntaxError("{ a: x b: x c: x\n  d: x }", limits: limits)
        XCTAssertEqual(error?.message, "Syntax Error: Document contains more than 3 aliases.")
        XCTAssertEqual(error?.locations, [SourceLocation(line: 2, column: 3)])
        // Aliases count across operations and fragments alike.
        XCTAssertNotNil(
            syntaxError("{ a: x } query Q { b: y } fragment F on T { c: z d: z }", limits: limits))
    }

    func testDirectiveLimit() throws {
        let limits = ParseLimits(maxDirectives: 2)
        XCTAssertNoThrow(try parse("query @a { f @b }", limits: limits))
        let error = syntaxError("query @a { f @b ...F @c }", limits: limits)
        XCTAssertEqual(error?.message, "Syntax Error: Document contains more than 2 directives.")
        XCTAssertEqual(error?.locations, [SourceLocation(line: 1, column: 22)])
        XCTAssertNotNil(syntaxError("query ($v: Int @a @b @c) { f }", limits: limits))
    }

    func testDefaultsAcceptTheirLimitAndRefuseOneMore() throws {
        let atLimit = (0..<1_000).map { "a\($0): f" }.joined(separator: " ")
        XCTAssertNoThrow(try parse("{ \(atLimit) }"))
        XCTAssertEqual(
            syntaxError("{ \(atLimit) z: f }")?.message,
            "Syntax Error: Document contains more than 1000 aliases.")
        let directives = String(repeating: "@d ", count: 1_001)
        XCTAssertEqual(
            syntaxError("{ f \(directives) }", limits: ParseLimits(maxTokens: .max))?.message,
            "Syntax Error: Document contains more than 1000 directives.")
        XCTAssertEqual(ParseLimits.schema.maxAliases, .max)
        XCTAssertEqual(ParseLimits.schema.maxDirectives, .max)
    }

    /// Ten thousand levels of each nesting construct, closed and unclosed, under limits
    /// that would let the tokens through: the depth limit stops them all.
    func testTenThousandLevelsNeverOverflow() {
        let deep = 10_000
        let open: [String] = [
            String(repeating: "{a", count: deep),
            "{ f(a: " + String(repeating: "[", count: deep),
            "{ f(a: " + String(repeating: "{a:", count: deep),
            "query ($v: " + String(repeating: "[", count: deep),
            "query ($v: Int = " + String(repeating: "[", count: deep),
            "{ f(a: " + String(repeating: "{a:[", count: deep),
        ]
        let close: [String] = [
            String(repeating: "}", count: deep),
            String(repeating: "]", count: deep) + ") }",
            "1" + String(repeating: "}", count: deep) + ") }",
            "Int" + String(repeating: "]", count: deep) + ") { f }",
            String(repeating: "]", count: deep) + ") { f }",
            "1" + String(repeating: "]}", count: deep) + ") }",
        ]
        let limits = ParseLimits(maxTokens: .max)
        for (prefix, suffix) in zip(open, close) {
            for text in [prefix, prefix + suffix] {
                let error = syntaxError(text, limits: limits)
                XCTAssertEqual(
                    error?.message,
                    "Syntax Error: Document exceeds the maximum nesting depth of 200.",
                    String(text.prefix(20)))
            }
        }
        XCTAssertThrowsError(try parseValue(String(repeating: "[", count: deep)))
        XCTAssertThrowsError(try parseType(String(repeating: "[", count: deep)))
    }

    func testTokenLimitStopsBeforeTheEnd() {
        let text = "{ " + String(repeating: "a ", count: 20_000) + "}"
        let error = syntaxError(text)
        XCTAssertEqual(
            error?.message,
            "Syntax Error: Document contains more that 15000 tokens. Parsing aborted.")
    }

    /// Deep JSON reaches the engine only as far as the JSON reader allows; what it lets
    /// through coerces, executes and serializes without recursion trouble.
    func testDeepVariablesAndResults() async throws {
        let hostile = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertThrowsError(try JSONReader.parse(hostile))

        let depth = 500
        let nested = try JSONReader.parse(
            String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
        let schema = try Schema(
            sdl: "scalar JSON type Query { echo(v: JSON, i: [Int], s: String): JSON }")
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "echo") { context in JSON.object(context.arguments) }
        let echoed = await graphql(
            schema: schema, resolvers: resolvers, source: "query ($v: JSON) { echo(v: $v) }",
            variables: ["v": nested])
        XCTAssertEqual(echoed.errors, [])
        XCTAssertEqual(echoed.data?["echo"]?["v"], nested)
        XCTAssertEqual(echoed.json.serialized.count, 2 * depth + 25)

        let refused = await graphql(
            schema: schema, resolvers: resolvers, source: "query ($i: [Int]) { echo(i: $i) }",
            variables: ["i": nested])
        XCTAssertEqual(refused.data, nil)
        XCTAssertEqual(refused.errors.count, 1)
        XCTAssertTrue(
            refused.errors.first?.message.hasPrefix(
                "Variable \"$i\" got invalid value [[[") == true)

        let asString = await graphql(
            schema: schema, resolvers: resolvers, source: "query ($s: String) { echo(s: $s) }",
            variables: ["s": nested])
        XCTAssertEqual(asString.errors.count, 1)
    }

    /// Fragments nest selections past the parser's depth limit; execution refuses an operation
    /// nested deeper than its limit before any work, and runs one at the limit.
    func testFragmentChainsAreBoundedByTheOperationDepth() async throws {
        let schema = try Schema(sdl: "type N { id: ID n: N } type Query { n: N }")
        func chain(_ levels: Int) -> String {
            var text = "{ n { ...F0 } }\n"
            for level in 0..<levels {
                text += "fragment F\(level) on N { n { ...F\(level + 1) } }\n"
            }
            return text + "fragment F\(levels) on N { id }"
        }
        var root: JSON = ["id": "bottom"]
        for _ in 0..<200 { root = ["n": root] }

        // `{ n { ...F0 } }` is two levels and each fragment adds one: 1,300 fragments nest
        // 1,302 selection sets, more than the stack of a pool thread survives in debug builds.
        let refused = await graphql(schema: schema, source: chain(1_300), rootValue: root)
        XCTAssertEqual(
            refused.json,
            [
                "errors": [
                    [
                        "message": "Operation exceeds the maximum nesting depth of 200.",
                        "locations": [["line": 1, "column": 1]],
                    ]
                ]
            ])
        let justOver = await graphql(schema: schema, source: chain(199), rootValue: root)
        XCTAssertEqual(justOver.data, nil)

        let atLimit = await graphql(schema: schema, source: chain(198), rootValue: root)
        XCTAssertEqual(atLimit.errors, [])
        var node = atLimit.data?["n"]
        for _ in 0..<198 { node = node?["n"] }
        XCTAssertEqual(node, ["id": nil])

        let cyclic = try parse(
            "{ n { ...A } } fragment A on N { n { ...B } } fragment B on N { ...A id }")
        let cycle = await execute(
            schema: schema, resolvers: ResolverMap(), document: cyclic, rootValue: root, maxDepth: 3
        )
        XCTAssertEqual(cycle.data, nil)
    }
}
