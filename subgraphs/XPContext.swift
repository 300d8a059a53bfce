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
    /// The caller's id when they may see `owner`'s private data: their own, or anyone's
    /// for staff (the role comes from the signed token).
    func requireSelfOrStaff(_ owner: Int, _ refusal: String) throws {
        let caller = try requireUserID()
        guard caller == owner || ["ADMIN", "MANAGER"].contains(identity?.role ?? "") else {
            throw XPError.forbidden(refusal)
        }
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
