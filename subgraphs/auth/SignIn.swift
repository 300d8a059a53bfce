import GraphQL
import JSON
import Postgres
import Security

/// login, refresh and logout.
enum SignIn {
    static let invalidCredentials = "Invalid email or password."
    static let sessionLifetimeDays = 30

    /// Checks the password with Argon2id off the cooperative pool. An unknown
    /// email is checked against a stand-in hash so it costs the same time, and
    /// both failures read the same.
    static func login(_ field: ResolveContext) async throws -> AuthPayload {
        let context = field.xp
        let issuer = try tokenIssuer(context)
        let email = (field.arguments["email"]?.stringValue ?? "").lowercased()
        let password = field.arguments["password"]?.stringValue ?? ""
        let failures = try await FailedSignIns(redis: issuer.redis, email: email)
        try await failures.refuseWhenLocked()
        let found = try await context.database.query(
            "SELECT id, password_hash, role FROM users WHERE email = $1 AND is_active",
            [.text(email)]
        ).rows.first
        let hash = found?["password_hash"]
        let matches = try await OffPool.run {
            PasswordHasher.verify(password, against: hash ?? standInHash)
        }
        guard matches, let userID = found?.int("id") else {
            try await failures.record()
            throw XPError.unauthenticated(invalidCredentials)
        }
        try await failures.clear()

        let session = try await context.database.query(
            """
            WITH signed_in AS (UPDATE users SET last_login = now() WHERE id = $1)
            INSERT INTO user_sessions (user_id, expires_at)
            VALUES ($1, now() + make_interval(days => $2)) RETURNING id
            """, [.int(userID), .int(sessionLifetimeDays)])
        guard let sessionID = session.rows.first?.int("id") else {
            throw GraphQLError("The session could not be created.")
        }
        let pair = try await issuer.issue(
            userID: userID, sessionID: sessionID, role: found?["role"])
        return AuthPayload(pair: pair, userID: userID)
    }

    /// Exchanges a refresh token (once) for a new pair, while its session lives.
    static func refresh(_ field: ResolveContext) async throws -> AuthPayload {
        let context = field.xp
        let issuer = try tokenIssuer(context)
        let token = field.arguments["refreshToken"]?.stringValue ?? ""
        let invalid = XPError.unauthenticated("The refresh token is invalid, expired or used.")
        guard let (userID, sessionID) = try await issuer.redeem(token) else { throw invalid }
        let live = try await context.database.query(
            """
            UPDATE user_sessions SET last_activity = now()
            WHERE id = $1 AND user_id = $2 AND is_active AND expires_at > now() RETURNING id
            """, [.int(sessionID), .int(userID)])
        guard !live.rows.isEmpty else { throw invalid }
        // The role is read again: a refresh must not keep a role the user lost.
        let role = try await context.database.query(
            "SELECT role FROM users WHERE id = $1 AND is_active", [.int(userID)]
        ).rows.first?["role"]
        guard let role else { throw invalid }
        let pair = try await issuer.issue(userID: userID, sessionID: sessionID, role: role)
        return AuthPayload(pair: pair, userID: userID)
    }

    /// Ends the bearer token's session and revokes its refresh token.
    static func logout(_ field: ResolveContext) async throws -> Bool {
        let context = field.xp
        let userID = try context.requireUserID()
        guard let sessionID = context.identity?.sessionID.flatMap({ Int($0) }) else {
            throw XPError.unauthenticated("The access token names no session.")
        }
        try await tokenIssuer(context).revoke(sessionID: sessionID)
        _ = try await context.database.query(
            "UPDATE user_sessions SET is_active = false WHERE id = $1 AND user_id = $2",
            [.int(sessionID), .int(userID)])
        return true
    }

    private static func tokenIssuer(_ context: XPContext) throws -> TokenIssuer {
        guard let redis = context.services.redis else {
            throw GraphQLError("Sign-in is unavailable: the auth subgraph has no Redis.")
        }
        return TokenIssuer(signer: context.services.signer, redis: redis)
    }

    /// A hash of no one's password, so unknown emails cost one Argon2id check too.
    private static let standInHash: String =
        (try? PasswordHasher.hash(SecureRandom.token())) ?? ""
}
