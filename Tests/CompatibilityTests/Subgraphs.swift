import GraphQL
import JSON
import SubgraphKit

/// The suite's data set, served by SubgraphKit servers.
enum Subgraphs {
    static let dimension: JSON = ["size": "small", "weight": 1, "unit": "kg"]

    /// The user as `products` knows it (its own figure for `totalProductsCreated`).
    static let productsUser: JSON = [
        "__typename": "User", "email": "support@apollographql.com", "name": "Jane Smith",
        "totalProductsCreated": 1337,
    ]

    static let deprecatedProduct: JSON = [
        "__typename": "DeprecatedProduct", "sku": "apollo-federation-v1",
        "package": "@apollo/federation-v1", "reason": "Migrate to Federation V2",
        "createdBy": productsUser,
    ]

    static let research: [JSON] = [
        [
            "__typename": "ProductResearch",
            "study": ["caseNumber": "1234", "description": "Federation Study"], "outcome": .null,
        ],
        [
            "__typename": "ProductResearch",
            "study": ["caseNumber": "1235", "description": "Studio Study"], "outcome": .null,
        ],
    ]

    static let products: [JSON] = [
        [
            "__typename": "Product", "id": "apollo-federation", "sku": "federation",
            "package": "@apollo/federation", "variation": ["id": "OSS"], "dimensions": dimension,
            "research": [research[0]], "createdBy": productsUser, "notes": .null,
        ],
        [
            "__typename": "Product", "id": "apollo-studio", "sku": "studio", "package": "",
            "variation": ["id": "platform"], "dimensions": dimension, "research": [research[1]],
            "createdBy": productsUser, "notes": .null,
        ],
    ]

    static let inventory: JSON = [
        "__typename": "Inventory", "id": "apollo-oss", "deprecatedProducts": [deprecatedProduct],
    ]

    /// Finds the product a representation names through any of its three keys.
    static func product(for representation: JSONObject) -> JSON? {
        products.first { product in
            if let id = representation["id"] { return product["id"] == id }
            guard let sku = representation["sku"], product["sku"] == sku else { return false }
            if let package = representation["package"] { return product["package"] == package }
            if let variation = representation["variation"]?["id"] {
                return product["variation"]?["id"] == variation
            }
            return false
        }
    }

    static func makeProducts() throws -> SubgraphServer {
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "product") { field in
            products.first { $0["id"] == field.arguments["id"] }
        }
        resolvers.setSync("Query", "deprecatedProduct") { field in
            field.arguments["sku"] == deprecatedProduct["sku"]
                && field.arguments["package"] == deprecatedProduct["package"]
                ? deprecatedProduct : nil
        }
        resolvers.setSync("User", "averageProductsCreatedPerYear") { field in
            let user = field.parent as? JSON ?? .null
            guard user["email"] == "support@apollographql.com" else {
                throw GraphQLError("User.email was not 'support@apollographql.com'")
            }
            guard let total = user["totalProductsCreated"]?.intValue,
                let years = user["yearsOfEmployment"]?.intValue, years > 0
            else { return nil }
            return Int((Double(total) / Double(years)).rounded())
        }
        let entities: [String: EntityResolver] = [
            "Product": EntityResolver { representation, _ in product(for: representation) },
            "DeprecatedProduct": EntityResolver { representation, _ in
                representation["sku"] == deprecatedProduct["sku"]
                    && representation["package"] == deprecatedProduct["package"]
                    ? deprecatedProduct : nil
            },
            "ProductResearch": EntityResolver { representation, _ in
                let number = representation["study"]?["caseNumber"]
                return research.first { $0["study"]?["caseNumber"] == number }
            },
            "User": EntityResolver { representation, _ in
                guard representation["email"] == productsUser["email"],
                    case .object(var user) = productsUser
                else { return nil }
                // Fields a @requires asked for come in with the representation.
                for key in ["totalProductsCreated", "yearsOfEmployment"] {
                    if let value = representation[key], value != .null { user[key] = value }
                }
                return JSON.object(user)
            },
            "Inventory": EntityResolver { representation, _ in
                representation["id"] == inventory["id"] ? inventory : nil
            },
        ]
        return try SubgraphServer(
            name: "products", sdl: Schemas.products, resolvers: resolvers,
            entityResolvers: entities
        ) { _ in RequestContext(identity: nil) }
    }

    static let users: [JSON] = [
        [
            "__typename": "User", "email": "support@apollographql.com",
            "name": "Apollo Studio Support", "totalProductsCreated": 10, "yearsOfEmployment": 10,
        ]
    ]

    static func makeUsers() throws -> SubgraphServer {
        let entities: [String: EntityResolver] = [
            "User": EntityResolver { representation, _ in
                users.first { $0["email"] == representation["email"] }
            }
        ]
        return try SubgraphServer(
            name: "users", sdl: Schemas.users, resolvers: ResolverMap(), entityResolvers: entities
        ) { _ in RequestContext(identity: nil) }
    }

    static let openSourceInventory: JSON = [
        "__typename": "OpenSourceInventory", "id": "apollo-oss",
        "products": [["__typename": "Product", "id": "apollo-federation"]],
    ]

    static func makeInventory() throws -> SubgraphServer {
        var resolvers = ResolverMap()
        resolvers.setSync("Query", "inventory") { field in
            field.arguments["id"] == openSourceInventory["id"] ? openSourceInventory : nil
        }
        resolvers.setSync("Product", "delivery") { field in
            let product = field.parent as? JSON ?? .null
            guard product["id"] == "apollo-federation" else {
                throw GraphQLError("product.id was not 'apollo-federation'")
            }
            guard product["dimensions"]?["size"] == "small" else {
                throw GraphQLError("product.dimensions.size was not 'small'")
            }
            guard product["dimensions"]?["weight"]?.doubleValue == 1 else {
                throw GraphQLError("product.dimensions.weight was not '1'")
            }
            guard field.arguments["zip"] == "94111" else {
                throw GraphQLError("product.delivery input zip was not '94111'")
            }
            return JSON.object(["estimatedDelivery": "5/1/2019", "fastestDelivery": "5/1/2019"])
        }
        let inventoryByID = EntityResolver { representation, _ in
            representation["id"] == openSourceInventory["id"] ? openSourceInventory : nil
        }
        let entities: [String: EntityResolver] = [
            "Product": EntityResolver { representation, _ in
                var product = representation
                product["__typename"] = "Product"
                return JSON.object(product)
            },
            "Inventory": inventoryByID,
            "OpenSourceInventory": inventoryByID,
        ]
        return try SubgraphServer(
            name: "inventory", sdl: Schemas.inventory, resolvers: resolvers,
            entityResolvers: entities
        ) { _ in RequestContext(identity: nil) }
    }
}
