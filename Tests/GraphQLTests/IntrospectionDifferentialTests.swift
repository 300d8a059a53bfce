import Foundation
import GraphQL
import JSON
import XCTest

/// The full introspection query, as graphql-js's `getIntrospectionQuery` writes it with every
/// option on, answered by this engine must equal graphql-js's
/// `introspectionFromSchema(buildSchema(sdl))` for the same SDL, byte for byte.
final class IntrospectionDifferentialTests: XCTestCase {
    /// Every option on, then every option off (no descriptions, no deprecated arguments).
    static let optionSets: [JSON] = [
        [
            "descriptions": true, "specifiedByUrl": true, "directiveIsRepeatable": true,
            "schemaDescription": true, "inputValueDeprecation": true,
        ],
        [
            "descriptions": false, "specifiedByUrl": false, "directiveIsRepeatable": false,
            "schemaDescription": false, "inputValueDeprecation": false,
        ],
    ]

    private static let script = """
        out(input.schemas.map((sdl) => {
          try {
            const schema = graphql.buildSchema(sdl, { assumeValidSDL: true });
            return {
              query: graphql.getIntrospectionQuery(input.options),
              data: graphql.introspectionFromSchema(schema, input.options),
            };
          } catch (error) {
            return { error: error.message };
          }
        }));
        """

    static var schemas: [String] {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let subgraphs = ["users", "auth", "forms", "gps"].compactMap {
            try? String(
                contentsOf: repository.appendingPathComponent("schema/\($0).graphql"),
                encoding: .utf8)
        }
        return [IntrospectionTests.sdl, Self.everything, Self.minimal] + subgraphs
    }

    static let minimal = "type Query { ok: Boolean }"

    static let everything = #"""
        """
        Every kind of definition, with descriptions in both string forms.
        """
        schema { query: Q subscription: S }

        "A directive on every executable location."
        directive @trace(
          "Why."
          reason: String = "none"
          level: Int @deprecated(reason: "Use reason.")
        ) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        directive @meta(data: Json = "none", weight: Float = 2, kinds: [Kind] = B) on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        scalar Json @specifiedBy(url: "https://www.json.org/")
        "Milliseconds since 1970."
        scalar Instant

        interface Entity { id: ID! }
        interface Timed implements Entity { id: ID! at: Instant }

        """
        A type with "quotes", a backslash \ and
        several lines.
        """
        type Event implements Timed & Entity @meta {
          id: ID!
          at: Instant
          tags(first: Int = 3, order: Order = ASC, where: Filter = {kind: [A, B], text: "a\"b"}): [[String!]]!
          old: String @deprecated
          older: String @deprecated(reason: "")
          oldest: String @deprecated(reason: "Gone since \"v2\".")
        }

        type Other { self: Other, list: [Other!]!, n: Float! }

        union Anything @meta = Event | Other

        enum Order { ASC "Descending." DESC OLD @deprecated(reason: "No.") }
        enum Kind { A B C }

        input Filter @meta {
          kind: [Kind!] = [A]
          text: String
          nested: Filter
          gone: Int @deprecated(reason: "Unused.")
          big: Float = 1e3
          id: ID = 12
        }

        type Q {
          event(id: ID!, filter: Filter, legacy: Boolean @deprecated): Event
          anything: [Anything]
          json(value: Json = "{}"): Json
          entity: Entity
        }

        type S { ticks(every: Instant): Instant }
        """#

    func testFullIntrospectionEqualsGraphQLJS() async throws {
        for options in Self.optionSets { try await compare(options) }
    }

    private func compare(_ options: JSON) async throws {
        let schemas = Self.schemas
        XCTAssertGreaterThanOrEqual(schemas.count, 3)
        let reference = try XCTUnwrap(
            GraphQLJS.run(
                Self.script,
                input: ["schemas": .array(schemas.map(JSON.string)), "options": options]
            ).arrayValue)
        XCTAssertEqual(reference.count, schemas.count)
        var compared = 0
        for (index, sdl) in schemas.enumerated() {
            // A subgraph that only extends `Query` has no query root; graphql-js refuses it.
            if reference[index]["error"] == "Query root type must be provided." { continue }
            compared += 1
            let query = try XCTUnwrap(
                reference[index]["query"]?.stringValue, reference[index].serialized)
            let schema = try Schema(document: parse(sdl, limits: .schema), assumeValidSDL: true)
            let result = await graphql(schema: schema, source: query)
            XCTAssertEqual(result.errors, [], "schema \(index)")
            let ours = Self.withoutOneOf(result.data ?? nil)
            let expected = reference[index]["data"] ?? nil
            XCTAssertEqual(ours.serialized, expected.serialized, "schema \(index)")
            if ours != expected { Self.firstDifference(ours, expected, path: "schema \(index)") }
        }
        XCTAssertGreaterThanOrEqual(compared, 6)
    }

    /// graphql-js 16.6 predates `@oneOf` and `__Type.isOneOf`, which this engine has.
    static func withoutOneOf(_ data: JSON) -> JSON {
        guard case .object(var root) = data, case .object(var schema)? = root["__schema"],
            case .array(let directives)? = schema["directives"],
            case .array(var types)? = schema["types"]
        else { return data }
        schema["directives"] = .array(directives.filter { $0["name"] != "oneOf" })
        for (index, type) in types.enumerated() where type["name"] == "__Type" {
            guard case .object(var object) = type, case .array(let fields)? = object["fields"]
            else { continue }
            object["fields"] = .array(fields.filter { $0["name"] != "isOneOf" })
            types[index] = .object(object)
        }
        schema["types"] = .array(types)
        root["__schema"] = .object(schema)
        return .object(root)
    }

    /// Reports where two answers first part, so a failure is readable.
    static func firstDifference(_ ours: JSON, _ expected: JSON, path: String) {
        switch (ours, expected) {
        case (.object(let a), .object(let b)):
            if a.keys != b.keys {
                XCTFail("\(path): keys \(a.keys) vs \(b.keys)")
                return
            }
            for key in a.keys where a[key] != b[key] {
                return firstDifference(a[key]!, b[key]!, path: "\(path).\(key)")
            }
        case (.array(let a), .array(let b)):
            for (index, (x, y)) in zip(a, b).enumerated() where x != y {
                let name = x["name"]?.stringValue.map { "(\($0))" } ?? ""
                return firstDifference(x, y, path: "\(path)[\(index)]\(name)")
            }
            XCTFail("\(path): \(a.count) items vs \(b.count)")
        default:
            XCTFail("\(path): \(ours.serialized) vs \(expected.serialized)")
        }
    }
}
