/// The auth subgraph's SDL exactly as in schema/auth.graphql (a test keeps them equal).
enum AuthSchema {
    static let sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        "An instant in time: an RFC 3339 string in UTC."
        scalar DateTime

        "A signed-in device or browser."
        type Session @key(fields: "id") {
          id: ID!
          user: User!
          createdAt: DateTime!
          expiresAt: DateTime!
          lastActivity: DateTime!
          isActive: Boolean!
        }

        type User @key(fields: "id") {
          id: ID!
          "The user's sessions, newest first; only active ones when active is true."
          sessions(active: Boolean): [Session!]!
        }

        type AuthPayload {
          "A short-lived JWT to send as Authorization: Bearer <token>."
          accessToken: String!
          "A single-use token that refresh exchanges for a new pair."
          refreshToken: String!
          expiresAt: DateTime!
          user: User!
        }

        type Query {
          "The user of the bearer token, null when anonymous."
          me: User
          "The session of the bearer token."
          session: Session
        }

        type Mutation {
          login(email: String!, password: String!): AuthPayload!
          refresh(refreshToken: String!): AuthPayload!
          logout: Boolean!
        }

        """
}
