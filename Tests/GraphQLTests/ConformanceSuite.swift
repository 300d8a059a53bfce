import Foundation
import JSON
import XCTest

@testable import GraphQL

/// One conformance case: a request against a schema, or an SDL document alone.
struct ConformanceCase {
    /// Where the case comes from and its position there, for failure messages.
    var id: String
    /// Also compare the errors of this one validation rule.
    var rule: String?
    /// The schema name (a key of `ConformanceSuite.schemas`) a request runs against.
    var schema: String?
    var document: String?
    var variables: JSON = .null
    var operationName: String?
    /// An SDL document to validate (and build, unless it extends a schema).
    var sdl: String?
    /// The schema name an SDL document extends.
    var extends: String?
    /// A stored expectation, for behavior graphql-js 16.6 lacks (`@oneOf`).
    var expected: JSON?

    /// The form the oracle script reads.
    var oracleJSON: JSON {
        var object = JSONObject()
        for (key, value) in [
            ("rule", rule), ("schema", schema), ("document", document), ("sdl", sdl),
            ("extends", extends), ("operationName", operationName),
        ] {
            if let value { object.append(key, .string(value)) }
        }
        if !variables.isNull { object.append("variables", variables) }
        if expected != nil { object.append("skip", true) }
        return .object(object)
    }
}

/// Loads the hand-written and extracted fixtures under `Fixtures/Conformance`.
///
/// Layout: `schemas/<name>.graphql` (SDL) with optional `schemas/<name>.json` (root value);
/// every other `*.json` holds `{origin, schemas?, roots?, cases: [...]}`, where a case has
/// `document` + `schema` (+ `variables`, `operationName`, `rule`) or `sdl` (+ `extends`,
/// `rule`), and optionally `expected` in the shape the oracle answers.
struct ConformanceSuite {
    var schemas: [String: String] = [:]
    var roots: [String: JSON] = [:]
    var cases: [ConformanceCase] = []

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Conformance")

    static func loadFixtures() throws -> ConformanceSuite {
        var suite = ConformanceSuite()
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var paths: [URL] = []
        while let url = files?.nextObject() as? URL { paths.append(url) }
        paths.sort { $0.path < $1.path }

        for url in paths where url.deletingLastPathComponent().lastPathComponent == "schemas" {
            let name = url.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: url, encoding: .utf8)
            switch url.pathExtension {
            case "graphql": suite.schemas[name] = text
            case "json": suite.roots[name] = try JSONReader.parse(text)
            default: break
            }
        }
        for url in paths
        where url.pathExtension == "json"
            && url.deletingLastPathComponent().lastPathComponent != "schemas"
        {
            let file = try JSONReader.parse(try String(contentsOf: url, encoding: .utf8))
            let label =
                url.deletingLastPathComponent().lastPathComponent + "/"
                + url.deletingPathExtension().lastPathComponent
            for (name, sdl) in file["schemas"]?.objectValue ?? [:] {
                suite.schemas[name] = sdl.stringValue
            }
            for (name, root) in file["roots"]?.objectValue ?? [:] {
                suite.roots[name] = root
            }
            for (index, item) in (file["cases"]?.arrayValue ?? []).enumerated() {
                let name = item["name"]?.stringValue ?? ""
                suite.cases.append(
                    ConformanceCase(
                        id: "\(label)#\(index) \(name)", rule: item["rule"]?.stringValue,
                        schema: item["schema"]?.stringValue,
                        document: item["document"]?.stringValue,
                        variables: item["variables"] ?? .null,
                        operationName: item["operationName"]?.stringValue,
                        sdl: item["sdl"]?.stringValue, extends: item["extends"]?.stringValue,
                        expected: item["expected"]))
            }
        }
        return suite
    }

    /// graphql-js's answers for every case, in one node process.
    ///
    /// An SDL case that builds also answers `schema`, the `validateSchema` errors; a
    /// request against a schema that fails them answers with those errors, as
    /// `graphql()` does.
    static let oracleScript = """
        const { validateSDL } = require('graphql/validation/validate');
        const built = new Map();
        const schemaNamed = (name) => {
          if (!built.has(name)) {
            try { built.set(name, graphql.buildSchema(input.schemas[name])); }
            catch (error) { built.set(name, error); }
          }
          return built.get(name);
        };
        const brief = (errors) =>
          errors.map((e) => ({ message: e.message, locations: e.locations ?? [] }));
        const answer = (c) => {
          if (c.sdl !== undefined) {
            let document;
            try { document = graphql.parse(c.sdl); }
            catch (error) { return { parse: brief([error]) }; }
            const base = c.extends === undefined ? undefined : schemaNamed(c.extends);
            const result = { all: brief(validateSDL(document, base)) };
            if (c.rule) result.rule = brief(validateSDL(document, base, [graphql[c.rule]]));
            if (c.extends === undefined) {
              let schema;
              try { schema = graphql.buildASTSchema(document); }
              catch (error) { result.build = error.message; return result; }
              result.build = 'ok';
              result.schema = brief(graphql.validateSchema(schema));
            }
            return result;
          }
          const schema = schemaNamed(c.schema);
          if (schema instanceof Error) return { schemaError: schema.message };
          const result = {};
          if (c.rule) {
            const document = graphql.parse(c.document);
            result.rule = brief(graphql.validate(schema, document, [graphql[c.rule]]));
          }
          try {
            result.result = JSON.parse(JSON.stringify(graphql.graphqlSync({
              schema, source: c.document, rootValue: input.roots[c.schema] ?? {},
              variableValues: c.variables, operationName: c.operationName,
            })));
          } catch (error) { result.oracleFailure = String(error); }
          return result;
        };
        out(input.cases.map((c) => {
          if (c.skip) return null;
          try { return answer(c); } catch (error) { return { crash: String(error) }; }
        }));
        """

    var oracleInput: JSON {
        [
            "schemas": .object(
                JSONObject(schemas.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            "roots": .object(
                JSONObject(roots.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
            "cases": .array(cases.map(\.oracleJSON)),
        ]
    }
}
