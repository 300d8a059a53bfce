import GraphQL
import HTTP
import JSON
import Postgres
import Redis
import Security
import SubgraphKit

/// The four XP subgraphs.
public enum XPSubgraph: String, CaseIterable, Sendable {
    case users, auth, forms, gps

    /// The subgraph's SDL, exactly as in schema/<name>.graphql.
    public var sdl: String {
        switch self {
        case .users: UsersSchema.sdl
        case .auth: AuthSchema.sdl
        case .forms: FormsSchema.sdl
        case .gps: GPSSchema.sdl
        }
    }

    fileprivate var resolvers: (ResolverMap, [String: EntityResolver]) {
        switch self {
        case .users: (UsersResolvers.make(), UsersResolvers.entities)
        case .auth: (AuthResolvers.make(), AuthResolvers.entities)
        case .forms: (FormsResolvers.make(), FormsResolvers.entities)
        case .gps: (GPSResolvers.make(), GPSResolvers.entities)
        }
    }
}

/// The issuer of access tokens, checked on every verification.
public let xpTokenIssuer = "xpgraph"

/// A server for one subgraph. Requests may carry `Authorization: Bearer <JWT>`
/// (HS256 with `jwtSecret`, issuer "xpgraph"); a token that does not verify
/// refuses the request with UNAUTHENTICATED rather than running it anonymously.
/// `redis` is needed by auth (refresh tokens); the others ignore it.
public func makeServer(
    _ which: XPSubgraph, database: PostgresPool, redis: RedisClient?, jwtSecret: [UInt8]
) -> SubgraphServer {
    let services = XPServices(
        pool: database, redis: redis, signer: JWTSigner(secret: jwtSecret, issuer: xpTokenIssuer))
    let (resolvers, entities) = which.resolvers
    do {
        return try SubgraphServer(
            name: which.rawValue, sdl: which.sdl, resolvers: resolvers, entityResolvers: entities
        ) { request in
            let identity = try bearerIdentity(request, signer: services.signer)
            return XPContext(request: RequestContext(identity: identity), services: services)
        }
    } catch {
        preconditionFailure("The \(which.rawValue) SDL does not build: \(error)")
    }
}

/// The identity in a request's bearer token, nil without one.
func bearerIdentity(_ request: HTTPRequest, signer: JWTSigner) throws -> Identity? {
    guard let header = request.headers["authorization"] else { return nil }
    let parts = header.split(separator: " ", maxSplits: 1)
    guard parts.count == 2, parts[0].lowercased() == "bearer" else {
        throw XPError.unauthenticated("The Authorization header must be \"Bearer <token>\".")
    }
    let claims: JSONObject
    do {
        claims = try signer.verify(String(parts[1]))
    } catch {
        throw XPError.unauthenticated("The access token is invalid or has expired.")
    }
    guard let subject = claims["sub"]?.stringValue else {
        throw XPError.unauthenticated("The access token names no user.")
    }
    return Identity(
        userID: subject, sessionID: claims["sid"]?.stringValue, role: claims["role"]?.stringValue)
}
