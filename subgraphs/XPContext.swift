import GraphQL
import Postgres
import Redis
import Security
import SubgraphKit

/// The resolver context of one request to an XP subgraph.
final class XPContext: SubgraphContext {
    let request: RequestContext
    let database: Database
    let services: XPServices

    init(request: RequestContext, services: XPServices) {
        self.request = request
        self.database = Database(pool: services.pool, request: request)
        self.services = services
    }

    var identity: Identity? { request.identity }
    var loaders: LoaderRegistry { request.loaders }

    /// The signed-in user's id, or an UNAUTHENTICATED error.
    /// Roles that may read other people's private data and the user directory.
    static let staffRoles: Set<String> = ["ADMIN", "MANAGER"]

    /// Whether the signed token names a staff role. The token is the one source of the
    /// role for every subgraph; it is read again from the database at each refresh.
    var isStaff: Bool { Self.staffRoles.contains(identity?.role ?? "") }

    /// Passes for `owner`'s own requests, or anyone's for staff.
    func requireSelfOrStaff(_ owner: Int, _ refusal: String) throws {
        let caller = try requireUserID()
        guard caller == owner || isStaff else { throw XPError.forbidden(refusal) }
    }

    func requireStaff(_ refusal: String) throws {
        _ = try requireUserID()
        guard isStaff else { throw XPError.forbidden(refusal) }
    }

    func requireUserID() throws -> Int {
        guard let identity, let id = Int(identity.userID) else {
            throw XPError.unauthenticated("You must be signed in.")
        }
        return id
    }
}

/// What every request of a subgraph shares: connections and the token signer.
struct XPServices: Sendable {
    let pool: PostgresPool
    let redis: RedisClient?
    let signer: JWTSigner
}

extension ResolveContext {
    /// The XP request context; every XP subgraph server makes one.
    var xp: XPContext { context as! XPContext }
}
