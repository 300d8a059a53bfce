import Federation
import GraphQL
import JSON
import XCTest

/// @context/@fromContext (Fed 2.8): an argument filled by the gateway from
/// the nearest enclosing selection that sets the context.
final class ContextPlanTests: XCTestCase {
    func testContextValueIsFetchedAndPassedAsAVariable() throws {
        let plan = try PlanFixture.planning("context")
        XCTAssertEqual(PlanFixture.route(plan), ["shop", "profiles@users.@", "shop@users.@.cart"])
        let fetches = PlanFixture.fetches(plan)
        XCTAssertTrue(fetches[0]["operation"]?.stringValue?.contains("currency") ?? false)
        XCTAssertEqual(
            fetches[2]["operation"],
            "query Totals__shop__2($representations: [_Any!]!, $contextualArgument_0: String) { _entities(representations: $representations) { ... on Cart { total(currency: $contextualArgument_0) } } }"
        )
    }

    func testContextArgumentIsNotPartOfTheAPI() throws {
        let supergraph = try PlanFixture.supergraph("context")
        XCTAssertTrue(supergraph.sdl.contains(#"@context(name: "shop__userContext")"#))
        XCTAssertTrue(
            supergraph.sdl.contains(
                #"contextArguments: [{context: "shop__userContext", name: "currency", type: "String", selection: "{ currency }"}]"#
            ), supergraph.sdl)
        XCTAssertTrue(supergraph.apiSDL.contains("  total: String\n"))
        XCTAssertFalse(supergraph.apiSDL.contains("context"))
        XCTAssertEqual(try Supergraph(sdl: supergraph.sdl).sdl, supergraph.sdl)
    }

    /// Entities whose contexts differ go in separate requests, each with its value.
    func testEntitiesAreGroupedByContextValue() async throws {
        var world = World()
        for (id, currency, amount) in [("u1", "EUR", 10), ("u2", "USD", 20), ("u3", "EUR", 5)] {
            world.entities["User:\(id)"] = [
                "__typename": "User", "id": .string(id), "name": .string("Name \(id)"),
                "currency": .string(currency), "cart": .string("@Cart:c\(id)"),
            ]
            world.entities["Cart:c\(id)"] = [
                "__typename": "Cart", "id": .string("c\(id)"), "amount": .int(amount),
            ]
        }
        world.root = ["users": ["@User:u1", "@User:u2", "@User:u3"]]
        let supergraph = try PlanFixture.supergraph("context")
        let subgraphs = ["profiles", "shop"].map {
            SubgraphDefinition(
                name: $0, url: "http://\($0)",
                sdl: Fixture.text("planning/context/subgraphs/\($0).graphql"))
        }
        let transport = try EngineTransport(subgraphs: subgraphs, world: world) { name, resolvers in
            guard name == "shop" else { return }
            resolvers.setSync("Cart", "total") { field in
                let amount = (field.parent as? JSON)?["amount"]?.intValue ?? 0
                let currency = field.arguments["currency"]?.stringValue ?? "?"
                return "\(amount) \(currency)"
            }
        }
        let document = try parse(Fixture.text("planning/context/operation.graphql"))
        let plan = try QueryPlanner(supergraph: supergraph).plan(document, operationName: nil)
        let result = await PlanExecutor(supergraph: supergraph, transport: transport).execute(
            plan, document: document, operationName: nil, variables: [:], headers: [])
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(
            result.data,
            [
                "users": [
                    ["name": "Name u1", "cart": ["total": "10 EUR"]],
                    ["name": "Name u2", "cart": ["total": "20 USD"]],
                    ["name": "Name u3", "cart": ["total": "5 EUR"]],
                ]
            ])
        let cartRequests = transport.requests.filter {
            $0.subgraph == "shop" && $0.body["variables"]?["representations"] != nil
        }
        XCTAssertEqual(cartRequests.count, 2)
        XCTAssertEqual(
            Set(cartRequests.compactMap { $0.body["variables"]?["contextualArgument_0"] }),
            ["EUR", "USD"])
    }

    /// The context's field lives in another subgraph: the fetch that needs it
    /// waits for the one that brings it.
    func testContextValueFromAnotherSubgraphIsFetchedFirst() throws {
        let link =
            #"extend schema @link(url: "https://specs.apollo.dev/federation/v2.8", import: ["@key", "@context", "@fromContext", "@external"])"#
        let supergraph = try Composer.compose([
            SubgraphDefinition(
                name: "shop", url: "http://shop",
                sdl: link + """

                    type Query { users: [User!]! }
                    type User @key(fields: "id") @context(name: "userContext") {
                      id: ID!
                      currency: String @external
                      cart: Cart
                    }
                    type Cart @key(fields: "id") {
                      id: ID!
                      total(currency: String @fromContext(field: "$userContext { currency }")): String
                    }
                    """),
            SubgraphDefinition(
                name: "profiles", url: "http://profiles",
                sdl: link + "\ntype User @key(fields: \"id\") { id: ID! currency: String }"),
        ])
        let plan = try QueryPlanner(supergraph: supergraph).plan(
            parse("{ users { cart { total } } }"), operationName: nil)
        XCTAssertEqual(
            PlanFixture.route(plan), ["shop", "profiles@users.@", "shop@users.@.cart"])
        XCTAssertEqual(plan.json["node"]?["kind"], "Sequence")
        XCTAssertEqual(plan.json["node"]?["nodes"]?.arrayValue?.count, 3)
    }
}
