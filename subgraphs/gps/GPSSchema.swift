/// The gps subgraph's SDL exactly as in schema/gps.graphql (a test keeps them equal).
enum GPSSchema {
    static let sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        "An instant in time: an RFC 3339 string in UTC."
        scalar DateTime

        type Location {
          latitude: Float!
          longitude: Float!
          "Accuracy radius in metres."
          accuracy: Float
          recordedAt: DateTime!
        }

        type Session @key(fields: "id") {
          id: ID!
          "The session's track, newest first: points since the given time, at most last."
          locations(since: DateTime, last: Int = 100): [Location!]!
          lastLocation: Location
        }

        type User @key(fields: "id") {
          id: ID!
          lastLocation: Location
        }

        input LocationInput {
          latitude: Float!
          longitude: Float!
          accuracy: Float
          recordedAt: DateTime
        }

        type Mutation {
          "Records a point in a session of the signed-in user."
          recordLocation(sessionId: ID!, input: LocationInput!): Location!
        }

        type Subscription {
          locationUpdated(userId: ID!): Location!
        }

        """
}
