import GraphQL
import JSON
import Postgres
import Redis
import SubgraphKit

/// Where someone is or was goes only to that user and to staff.
enum LocationPrivacy {
    static let refusal = "Locations are visible only to the user they belong to and to staff."

    static func requireOwner(_ context: XPContext, of points: [LocationRecord]) throws {
        for owner in Set(points.map(\.userID)) {
            try context.requireSelfOrStaff(owner, refusal)
        }
    }
}

/// Resolvers of schema/gps.graphql.
///
/// Not yet: `Subscription.locationUpdated`; it needs subscription support in
/// the engine. `recordLocation` already publishes each point on the Redis
/// channel `xpgraph:location:<userId>` for it to fan out.
enum GPSResolvers {
    static let maxTrackLength = 1_000

    /// The generated protocols of schema/gps.graphql (`GPS` in Generated/) wire the fields.
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()
        SessionFields().register(in: &resolvers)
        UserFields().register(in: &resolvers)
        MutationFields().register(in: &resolvers)
        return resolvers
    }

    struct SessionFields: GPS.SessionResolvers {
        func locations(
            _ session: SessionReference, _ arguments: GPS.SessionLocationsArguments,
            _ field: ResolveContext
        ) async throws -> [any Sendable] {
            let last = arguments.last ?? 100
            guard (0...maxTrackLength).contains(last) else {
                throw XPError.badInput(
                    "Argument \"last\" must be between 0 and \(maxTrackLength), got \(last).")
            }
            _ = try field.xp.requireUserID()
            let track: [LocationRecord]
            do {
                track =
                    try await field.xp.sessionTracks(
                        since: arguments.since?.stringValue, last: last
                    ).load(session.id) ?? []
            } catch let error as PostgresError where error.sqlState?.hasPrefix("22") == true {
                throw XPError.badInput("Argument \"since\" is not a valid DateTime.")
            }
            try LocationPrivacy.requireOwner(field.xp, of: track)
            return track
        }

        var lastLocation: GPS.FieldResolver<SessionReference>? {
            GPS.FieldResolver { session, field in
                _ = try field.xp.requireUserID()
                let last = try await field.xp.lastLocations(by: .session).load(session.id)
                try LocationPrivacy.requireOwner(field.xp, of: last.map { [$0] } ?? [])
                return last
            }
        }
    }

    struct UserFields: GPS.UserResolvers {
        var lastLocation: GPS.FieldResolver<UserReference>? {
            GPS.FieldResolver { user, field in
                try field.xp.requireSelfOrStaff(user.id, LocationPrivacy.refusal)
                return try await field.xp.lastLocations(by: .user).load(user.id)
            }
        }
    }

    struct MutationFields: GPS.MutationResolvers {
        func recordLocation(
            _ root: any Sendable, _ arguments: GPS.MutationRecordLocationArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await record(field)
        }
    }

    /// Adds a point to one of the caller's live sessions, in one statement
    /// that also checks the session's owner.
    private static func record(_ field: ResolveContext) async throws -> LocationRecord {
        let user = try field.xp.requireUserID()
        let input = field.arguments["input"]?.objectValue ?? JSONObject()
        guard let session = RowID.parse(field.arguments["sessionId"]) else {
            throw XPError.notFound("No session with this id.")
        }
        let latitude = input["latitude"]?.doubleValue ?? .nan
        let longitude = input["longitude"]?.doubleValue ?? .nan
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            throw XPError.badInput(
                "Latitude must be between -90 and 90 and longitude between -180 and 180.")
        }
        let accuracy = input["accuracy"]?.doubleValue
        if let accuracy, accuracy < 0 || !accuracy.isFinite {
            throw XPError.badInput("Accuracy must be a non-negative number of metres.")
        }
        let recordedAt = input["recordedAt"]?.stringValue
        let result: PostgresResult
        do {
            result = try await field.xp.database.query(
                """
                INSERT INTO user_locations
                    (session_id, user_id, latitude, longitude, accuracy, "timestamp")
                SELECT id, user_id, $3, $4, $5, coalesce($6::timestamptz, now())
                FROM user_sessions
                WHERE id = $1 AND user_id = $2 AND is_active AND expires_at > now()
                RETURNING \(LocationRecord.columns)
                """,
                [
                    .int(session), .int(user), .double(latitude), .double(longitude),
                    accuracy.map(PostgresValue.double) ?? .null,
                    recordedAt.map(PostgresValue.text) ?? .null,
                ])
        } catch let error as PostgresError where error.sqlState?.hasPrefix("22") == true {
            throw XPError.badInput("Field \"recordedAt\" is not a valid DateTime.")
        }
        guard let row = result.rows.first else {
            throw XPError.forbidden("Session \(session) is not a live session of yours.")
        }
        let location = LocationRecord(row: row)
        await publish(location, redis: field.xp.services.redis)
        return location
    }

    /// Best effort: a point is recorded even when nobody can be told about it.
    private static func publish(_ location: LocationRecord, redis: RedisClient?) async {
        guard let redis else { return }
        let message: JSON = [
            "sessionId": .string(String(location.sessionID)),
            "latitude": .double(location.latitude), "longitude": .double(location.longitude),
            "accuracy": location.accuracy.map(JSON.double) ?? .null,
            "recordedAt": .string(location.recordedAt),
        ]
        _ = try? await redis.command(
            ["PUBLISH", "xpgraph:location:\(location.userID)", message.serialized])
    }

    static let entities: [String: EntityResolver] = [
        "Session": EntityResolver { representations, _ in
            representations.map { .success(RowID.parse($0["id"]).map(SessionReference.init(id:))) }
        },
        "User": EntityResolver { representations, _ in
            representations.map { .success(RowID.parse($0["id"]).map(UserReference.init(id:))) }
        },
    ]
}
