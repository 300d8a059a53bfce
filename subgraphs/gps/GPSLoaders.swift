import GraphQL
import Postgres

/// The gps subgraph's batched reads; one statement per loader per wave.
extension XPContext {
    /// The newest point of each session or each user.
    func lastLocations(by owner: GPSQueries.Owner) -> DataLoader<Int, LocationRecord> {
        loaders.loader("gps.last", arguments: owner.rawValue) { [database] in
            DataLoader { ids in
                let result = try await database.query(
                    """
                    SELECT DISTINCT ON (\(owner.rawValue)) \(LocationRecord.columns)
                    FROM user_locations WHERE \(owner.rawValue) = ANY($1::bigint[])
                    ORDER BY \(owner.rawValue), "timestamp" DESC
                    """, [.intArray(ids)])
                var locations: [Int: LocationRecord] = [:]
                for row in result.rows {
                    let location = LocationRecord(row: row)
                    locations[owner == .session ? location.sessionID : location.userID] = location
                }
                return locations
            }
        }
    }

    /// Each session's newest `last` points, since `since` when given.
    func sessionTracks(since: String?, last: Int) -> DataLoader<Int, [LocationRecord]> {
        loaders.loader("gps.track", arguments: "\(since ?? ""),\(last)") { [database] in
            DataLoader { sessions in
                let result = try await database.query(
                    """
                    SELECT * FROM (
                        SELECT \(LocationRecord.columns), row_number() OVER (
                            PARTITION BY session_id ORDER BY "timestamp" DESC) AS xp_position
                        FROM user_locations
                        WHERE session_id = ANY($1::bigint[])
                            AND ($2::timestamptz IS NULL OR "timestamp" >= $2::timestamptz)
                    ) AS ranked
                    WHERE xp_position <= $3
                    ORDER BY session_id, xp_position
                    """, [.intArray(sessions), since.map(PostgresValue.text) ?? .null, .int(last)])
                var tracks: [Int: [LocationRecord]] = [:]
                for session in sessions { tracks[session] = [] }
                for row in result.rows {
                    let location = LocationRecord(row: row)
                    tracks[location.sessionID, default: []].append(location)
                }
                return tracks
            }
        }
    }
}

enum GPSQueries {
    enum Owner: String, Sendable {
        case session = "session_id"
        case user = "user_id"
    }
}
