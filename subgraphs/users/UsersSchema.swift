/// The users subgraph's SDL exactly as in schema/users.graphql (a test keeps them equal).
enum UsersSchema {
    static let sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        "An instant in time: an RFC 3339 string in UTC."
        scalar DateTime

        "Free-form JSON data."
        scalar JSON

        enum Role {
          ADMIN
          MANAGER
          MEMBER
        }

        type User @key(fields: "id") {
          id: ID!
          email: String!
          name: String!
          role: Role!
          isActive: Boolean!
          createdAt: DateTime!
          lastLogin: DateTime
          "What the user did, newest first."
          activity(first: Int = 20, after: String, actionType: String): ActivityConnection!
        }

        type Activity {
          id: ID!
          actionType: String!
          createdAt: DateTime!
          details: JSON
        }

        type ActivityConnection {
          edges: [ActivityEdge!]!
          nodes: [Activity!]!
          pageInfo: PageInfo!
          totalCount: Int!
        }

        type ActivityEdge {
          cursor: String!
          node: Activity!
        }

        type UserConnection {
          edges: [UserEdge!]!
          nodes: [User!]!
          pageInfo: PageInfo!
          totalCount: Int!
        }

        type UserEdge {
          cursor: String!
          node: User!
        }

        type PageInfo @shareable {
          hasNextPage: Boolean!
          endCursor: String
        }

        input UserFilter {
          isActive: Boolean
          role: Role
          emailContains: String
        }

        input CreateUserInput {
          email: String!
          name: String!
          password: String!
          role: Role = MEMBER
        }

        input UpdateUserInput {
          email: String
          name: String
          role: Role
          isActive: Boolean
        }

        type Query {
          user(id: ID!): User
          users(first: Int = 20, after: String, filter: UserFilter): UserConnection!
        }

        type Mutation {
          createUser(input: CreateUserInput!): User!
          updateUser(id: ID!, input: UpdateUserInput!): User!
          deactivateUser(id: ID!): User!
        }

        """
}
