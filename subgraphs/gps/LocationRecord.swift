import GraphQL
import Postgres

/// A row of `user_locations`.
struct LocationRecord: GraphQLObject {
    let sessionID: Int
    let userID: Int
    let latitude: Double
    let longitude: Double
    let accuracy: Double?
    let recordedAt: String

    static let columns = """
        session_id, user_id, latitude, longitude, accuracy, \(SQL.time("\"timestamp\"", as: "recorded_at"))
        """

    init(row: PostgresRow) {
        sessionID = row.int("session_id") ?? 0
        userID = row.int("user_id") ?? 0
        latitude = row.double("latitude") ?? 0
        longitude = row.double("longitude") ?? 0
        accuracy = row.double("accuracy")
        recordedAt = row["recorded_at"] ?? ""
    }

    var graphQLTypeName: String? { "Location" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "latitude": return latitude
        case "longitude": return longitude
        case "accuracy": return accuracy
        case "recordedAt": return recordedAt
        default: return nil
        }
    }
}
