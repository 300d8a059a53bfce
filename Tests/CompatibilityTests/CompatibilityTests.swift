import Federation
import GraphQL
import JSON
import XCTest

/// One test per check of the federation subgraph compatibility suite, with
/// the suite's requests and expectations. "products" checks go straight to the
/// products subgraph; "router" checks go through composition, our planner and
/// our executor.
final class CompatibilityTests: XCTestCase {
    static let client = Result { ProductsClient(products: try Subgraphs.makeProducts()) }
    static let router = Result { try Compatibility.make() }

    var client: ProductsClient { get throws { try Self.client.get() } }
    var router: Compatibility { get throws { try Self.router.get() } }

    func testComposition() throws {
        let supergraph = try router.supergraph
        Fixture.record("supergraph.graphql", supergraph.sdl)
        XCTAssertEqual(supergraph.sdl, Fixture.text("supergraph.graphql"))
    }

    private func assertMatches(
        _ text: String, _ pattern: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let regex = try Regex(pattern)
        XCTAssertTrue(text.contains(regex), "no match for \(pattern)", file: file, line: line)
    }

    // MARK: - _service

    func testIntrospection() async throws {
        let response = try await client.productsRequest("query { _service { sdl } }")
        let sdl = try XCTUnwrap(response["data"]?["_service"]?["sdl"]?.stringValue)
        XCTAssertTrue(sdl.contains("type Query"))
        // The suite compares the served types with its reference schema.
        let served = try parse(sdl)
        let reference = try parse(Schemas.products)
        for name in [
            "CaseStudy", "DeprecatedProduct", "Product", "ProductDimension", "ProductResearch",
            "ProductVariation", "User", "Query",
        ] {
            XCTAssertEqual(
                Self.fields(of: name, in: served), Self.fields(of: name, in: reference), name)
        }
    }

    static func fields(of name: String, in document: Document) -> [String] {
        document.definitions.flatMap { definition -> [String] in
            switch definition {
            case .type(.object(let object)), .typeExtension(.object(let object)):
                guard object.name.value == name else { return [] }
                return object.fields.map { field in
                    let arguments = field.arguments.map { "\($0.name.value):\($0.type)" }
                    return "\(field.name.value)(\(arguments.joined(separator: ","))):\(field.type)"
                }
            default: return []
            }
        }
    }

    func testLink() async throws {
        let sdl = try await client.strippedServiceSDL()
        let links = sdl.matches(of: try Regex(#"@link\(([\s\S]+?)\)"#)).map {
            String(sdl[$0.range])
        }
        XCTAssertFalse(links.isEmpty)
        let allowed: Set<String> = [
            "@authenticated", "@composeDirective", "@extends", "@external", "@inaccessible",
            "@interfaceObject", "@key", "@override", "@policy", "@provides", "@requires",
            "@requiresScopes", "@shareable", "@tag", "FieldSet", "Scope", "Policy",
        ]
        var federationLinks = 0
        for link in links {
            guard let url = link.firstMatch(of: try Regex(#"url:"(.+?)""#)),
                let version = String(link[url.range]).firstMatch(
                    of: try Regex(#"https://specs.apollo.dev/federation/v(2\.[0-7])"#))
            else { continue }
            _ = version
            federationLinks += 1
            if let imports = link.firstMatch(of: try Regex(#"import:\[(.+?)\]"#)) {
                let list = String(link[imports.range]).dropFirst("import:[".count).dropLast()
                for item in list.split(separator: " ") {
                    XCTAssertTrue(allowed.contains(item.replacingOccurrences(of: "\"", with: "")))
                }
            }
        }
        XCTAssertEqual(federationLinks, 1)
    }

    // MARK: - @key

    func testKeySingle() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"type User(@extends|@federation__extends)?(@key|@federation__key)\(fields:"email"( resolvable:true)?\)"#
        )
        let response = try await client.productsRequest(
            "query ($representations: [_Any!]!) { _entities(representations: $representations) { ...on User { email name } } }",
            variables: [
                "representations": [["__typename": "User", "email": "support@apollographql.com"]]
            ])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(
            response["data"],
            ["_entities": [["email": "support@apollographql.com", "name": "Jane Smith"]]])
    }

    func testKeyMultiple() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"type DeprecatedProduct(@key|@federation__key)\(fields:"sku package""#)
        let response = try await client.productsRequest(
            "query ($representations: [_Any!]!) { _entities(representations: $representations) { ...on DeprecatedProduct { sku package reason } } }",
            variables: [
                "representations": [
                    [
                        "__typename": "DeprecatedProduct", "sku": "apollo-federation-v1",
                        "package": "@apollo/federation-v1",
                    ]
                ]
            ])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(
            response["data"],
            [
                "_entities": [
                    [
                        "sku": "apollo-federation-v1", "package": "@apollo/federation-v1",
                        "reason": "Migrate to Federation V2",
                    ]
                ]
            ])
    }

    func testKeyComposite() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"type ProductResearch(@key|@federation__key)\(fields:"study \{ caseNumber \}""#)
        let response = try await client.productsRequest(
            "query ($representations: [_Any!]!) { _entities(representations: $representations) { ...on ProductResearch { study { caseNumber description } } } }",
            variables: [
                "representations": [
                    ["__typename": "ProductResearch", "study": ["caseNumber": "1234"]]
                ]
            ])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(
            response["data"],
            ["_entities": [["study": ["caseNumber": "1234", "description": "Federation Study"]]]])
    }

    func testKeyRepeatable() async throws {
        let sdl = try await client.strippedServiceSDL()
        try assertMatches(
            sdl, #"type Product.*(@key|@federation__key)\(fields:"id"( resolvable:true)?\).*\{"#)
        try assertMatches(
            sdl,
            #"type Product.*(@key|@federation__key)\(fields:"sku package"( resolvable:true)?\).*variation"#
        )
        try assertMatches(
            sdl,
            #"type Product.*(@key|@federation__key)\(fields:"sku variation \{ id \}"( resolvable:true)?\).*\{"#
        )
        let response = try await client.productsRequest(
            "query ($representations: [_Any!]!) { _entities(representations: $representations) { ...on Product { id sku } } }",
            variables: [
                "representations": [
                    ["__typename": "Product", "id": "apollo-federation"],
                    [
                        "__typename": "Product", "sku": "federation",
                        "package": "@apollo/federation",
                    ],
                    ["__typename": "Product", "sku": "studio", "variation": ["id": "platform"]],
                ]
            ])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(
            response["data"],
            [
                "_entities": [
                    ["id": "apollo-federation", "sku": "federation"],
                    ["id": "apollo-federation", "sku": "federation"],
                    ["id": "apollo-studio", "sku": "studio"],
                ]
            ])
    }

    // MARK: - @requires, @provides

    func testRequires() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"averageProductsCreatedPerYear:Int(@requires|@federation__requires)\(fields:"totalProductsCreated yearsOfEmployment"\)"#
        )
        let response = try await router.routerRequest(
            "query ($id: ID!) { product(id: $id) { createdBy { averageProductsCreatedPerYear email } } }",
            variables: ["id": "apollo-federation"])
        XCTAssertNil(response["errors"])
        let createdBy = response["data"]?["product"]?["createdBy"]
        XCTAssertEqual(createdBy?["email"], "support@apollographql.com")
        // 1337 products (products' figure, provided) over 10 years (from users).
        XCTAssertEqual(createdBy?["averageProductsCreatedPerYear"], 134)
    }

    func testProvides() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"createdBy:User(@provides|@federation__provides)\(fields:"totalProductsCreated"\)"#)
        let response = try await client.productsRequest(
            "query ($id: ID!) { product(id: $id) { createdBy { email totalProductsCreated } } }",
            variables: ["id": "apollo-federation"])
        XCTAssertNil(response["errors"])
        let createdBy = response["data"]?["product"]?["createdBy"]
        XCTAssertEqual(createdBy?["email"], "support@apollographql.com")
        XCTAssertNotNil(createdBy?["totalProductsCreated"]?.intValue)
        XCTAssertNotEqual(createdBy?["totalProductsCreated"], 4)
    }

    // MARK: - Fed 2 directives

    func testShareable() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"type ProductDimension(@shareable|@federation__shareable)"#)
        let response = try await router.routerRequest(
            "query GetProduct($id: ID!) { product(id: $id) { dimensions { size weight } } }",
            variables: ["id": "apollo-federation"])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(
            response["data"], ["product": ["dimensions": ["size": "small", "weight": 1]]])
    }

    func testTag() async throws {
        let sdl = try await client.strippedServiceSDL()
        XCTAssertFalse(sdl.contains("@federation__tag"))
        XCTAssertTrue(sdl.contains(#"@tag(name:"internal")"#))
    }

    func testOverride() async throws {
        try assertMatches(
            try await client.strippedServiceSDL(),
            #"(@override|@federation__override)\(from:"users"\)"#)
        let response = try await router.routerRequest(
            "query GetProduct($id: ID!) { product(id: $id) { createdBy { name } } }",
            variables: ["id": "apollo-federation"])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(response["data"], ["product": ["createdBy": ["name": "Jane Smith"]]])
    }

    func testInaccessible() async throws {
        let sdl = try await client.strippedServiceSDL()
        XCTAssertFalse(sdl.contains("@federation__inaccessible"))
        XCTAssertTrue(sdl.contains("unit:String@inaccessible"))
        let response = try await client.productsRequest(
            "query GetProduct($id: ID!) { product(id: $id) { dimensions { unit } } }",
            variables: ["id": "apollo-federation"])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(response["data"], ["product": ["dimensions": ["unit": "kg"]]])
        // Hidden from clients of the supergraph.
        let routed = try await router.routerRequest(
            "query ($id: ID!) { product(id: $id) { dimensions { unit } } }",
            variables: ["id": "apollo-federation"])
        XCTAssertNil(routed["data"])
        XCTAssertEqual(
            routed["errors"]?[0]?["message"],
            "Cannot query field \"unit\" on type \"ProductDimension\".")
    }

    func testComposeDirective() async throws {
        let sdl = try await client.strippedServiceSDL()
        try assertMatches(
            sdl, #"schema.*(@composeDirective|@federation__composeDirective)\(name:.*"@custom"\)"#)
        try assertMatches(sdl, #"directive.*@custom on OBJECT"#)
        try assertMatches(sdl, #"type Product.*@custom.*\{"#)
        // Composition keeps the directive on Product in the supergraph.
        let supergraph = try router.supergraph.sdl
        XCTAssertTrue(supergraph.contains("directive @custom on OBJECT"))
        let product = try XCTUnwrap(supergraph.firstRange(of: "type Product\n"))
        let rest = supergraph[product.lowerBound...]
        let head = try XCTUnwrap(rest.firstRange(of: "\n{")).lowerBound
        XCTAssertTrue(rest[..<head].contains("\n  @custom"))
        XCTAssertTrue(try router.supergraph.apiSDL.contains("directive @custom on OBJECT"))
    }

    func testInterfaceObject() async throws {
        let sdl = try await client.strippedServiceSDL()
        try assertMatches(sdl, #"type Inventory.*(@interfaceObject|@federation__interfaceObject)"#)
        try assertMatches(
            sdl, #"type Inventory.*(@key|@federation__key)\(fields:"id"( resolvable:true)?\)"#)
        let response = try await router.routerRequest(
            "query ($id: ID!) { inventory(id: $id) { deprecatedProducts { sku reason } } }",
            variables: ["id": "apollo-oss"])
        XCTAssertNil(response["errors"])
        XCTAssertEqual(
            response["data"],
            [
                "inventory": [
                    "deprecatedProducts": [
                        ["sku": "apollo-federation-v1", "reason": "Migrate to Federation V2"]
                    ]
                ]
            ])
    }

    // MARK: - Tracing

    func testFederatedTracing() async throws {
        let response = try await client.productsRequest(
            "query { __typename }", headers: [("apollo-federation-include-trace", "ftv1")])
        XCTAssertEqual(response["data"], ["__typename": "Query"])
        let trace = try XCTUnwrap(response["extensions"]?["ftv1"]?.stringValue)
        XCTAssertFalse(trace.isEmpty)
        // Without the header there is no trace.
        let plain = try await client.productsRequest("query { __typename }")
        XCTAssertNil(plain["extensions"]?["ftv1"])
    }
}
