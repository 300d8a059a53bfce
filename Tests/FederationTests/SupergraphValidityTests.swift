import Federation
import Foundation
import GraphQL
import NodeSupport
import XCTest

/// Every supergraph and API schema the fixtures compose is a valid schema for
/// graphql-js (`buildSchema` checks directive definitions, arguments and
/// repetition), so other routers and tools can read what `xpgraph compose` writes.
final class SupergraphValidityTests: XCTestCase {
    func testComposedSchemasBuildInGraphQLJS() async throws {
        var schemas: [(name: String, sdl: String)] = []
        for name in try PlanningFeatureTests.features() {
            let supergraph = try PlanFixture.supergraph(name)
            schemas.append(("planning/\(name)", supergraph.sdl))
            schemas.append(("planning/\(name) API", supergraph.apiSDL))
        }
        for (name, subgraphs) in [
            ("xp", Fixture.xpSubgraphs), ("bench", Fixture.benchSubgraphs),
            ("features", Fixture.featureSubgraphs),
        ] {
            let supergraph = try Composer.compose(subgraphs)
            schemas.append((name, supergraph.sdl))
            schemas.append(("\(name) API", supergraph.apiSDL))
        }
        let access = try Supergraph(
            sdl: Fixture.text("composed/access-control/supergraph.graphql"))
        schemas.append(("access-control", access.sdl))
        schemas.append(("access-control API", access.apiSDL))

        let input = schemas.map(\.sdl).joined(separator: "\u{0}")
        let output = try await NodeRunner.run(
            """
            const g = require('graphql'); let s = '';
            process.stdin.on('data', c => s += c);
            process.stdin.on('end', () => {
              const out = s.split('\\u0000').map(sdl => {
                try { g.buildSchema(sdl); return 'ok'; } catch (e) { return e.message; }
              });
              process.stdout.write(JSON.stringify(out));
            });
            """, input: Array(input.utf8))
        let verdicts = try JSONDecoder().decode([String].self, from: Data(output.utf8))
        XCTAssertEqual(verdicts.count, schemas.count)
        for (schema, verdict) in zip(schemas, verdicts) {
            XCTAssertEqual(verdict, "ok", schema.name)
        }
    }
}

/// graphql-js under node, shared by the differential tests.
typealias NodeRunner = NodeProcess
