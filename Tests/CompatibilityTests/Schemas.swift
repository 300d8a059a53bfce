/// The three subgraph schemas of the federation subgraph compatibility suite:
/// `products` (what a subgraph library must serve) beside the suite's own
/// `users` and `inventory`.
enum Schemas {
    static let products = """
        extend schema
          @link(
            url: "https://specs.apollo.dev/federation/v2.3",
            import: [
              "@composeDirective",
              "@extends",
              "@external",
              "@inaccessible",
              "@interfaceObject",
              "@key",
              "@override",
              "@provides",
              "@requires",
              "@shareable",
              "@tag"
            ]
          )
          @link(url: "https://myspecs.dev/myCustomDirective/v1.0", import: ["@custom"])
          @composeDirective(name: "@custom")

        directive @custom on OBJECT

        type Product
          @custom
          @key(fields: "id")
          @key(fields: "sku package")
          @key(fields: "sku variation { id }") {
            id: ID!
            sku: String
            package: String
            variation: ProductVariation
            dimensions: ProductDimension
            createdBy: User @provides(fields: "totalProductsCreated")
            notes: String @tag(name: "internal")
            research: [ProductResearch!]!
        }

        type DeprecatedProduct @key(fields: "sku package") {
          sku: String!
          package: String!
          reason: String
          createdBy: User
        }

        type ProductVariation {
          id: ID!
        }

        type ProductResearch @key(fields: "study { caseNumber }") {
          study: CaseStudy!
          outcome: String
        }

        type CaseStudy {
          caseNumber: ID!
          description: String
        }

        type ProductDimension @shareable {
          size: String
          weight: Float
          unit: String @inaccessible
        }

        extend type Query {
          product(id: ID!): Product
          deprecatedProduct(sku: String!, package: String!): DeprecatedProduct @deprecated(reason: "Use product query instead")
        }

        extend type User @key(fields: "email") {
          averageProductsCreatedPerYear: Int @requires(fields: "totalProductsCreated yearsOfEmployment")
          email: ID! @external
          name: String @override(from: "users")
          totalProductsCreated: Int @external
          yearsOfEmployment: Int! @external
        }

        type Inventory @interfaceObject @key(fields: "id") {
          id: ID!
          deprecatedProducts: [DeprecatedProduct!]!
        }
        """

    static let users = """
        extend schema
          @link(
            url: "https://specs.apollo.dev/federation/v2.3"
            import: ["@key", "@shareable"]
          )

        type User @key(fields: "email") {
          email: ID!
          name: String
          totalProductsCreated: Int @shareable
          yearsOfEmployment: Int!
        }
        """

    static let inventory = """
        extend schema
          @link(
            url: "https://specs.apollo.dev/federation/v2.3"
            import: [
              "@key"
              "@requires"
              "@shareable"
              "@provides"
              "@external"
              "@tag"
            ]
          )

        extend type Product @key(fields: "id") {
          id: ID! @external
          dimensions: ProductDimension @external
          delivery(zip: String): DeliveryEstimates
            @requires(fields: "dimensions { size weight }")
        }

        type ProductDimension @shareable {
          size: String
          weight: Float
        }

        type DeliveryEstimates {
          estimatedDelivery: String
          fastestDelivery: String
        }

        interface Inventory @key(fields: "id") {
          id: ID!
          products: [Product!]!
        }

        type OpenSourceInventory implements Inventory @key(fields: "id") {
          id: ID!
          products: [Product!]!
        }

        type Query {
          inventory(id: ID!): Inventory
        }
        """
}
