import GraphQL
import HTTP
import JSON
import Observability
import Security

/// The caller as the access token names them; nil user for anonymous requests.
struct Caller: Sendable {
    var userID: String?
    var sessionID: String?

    static let anonymous = Caller()
}

extension Gateway {
    /// Stage 7: verify `Authorization: Bearer <JWT>` when present.
    ///
    /// Anonymous requests pass (fields that need a user resolve to null in the
    /// subgraphs); a token that is present but invalid or expired is refused with
    /// 401 and code UNAUTHENTICATED rather than silently treated as anonymous.
    func authenticate(_ http: HTTPRequest) async throws(RequestFailure) -> Caller {
        guard let header = http.headers["Authorization"], let signer = jwtSigner else {
            return .anonymous
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Self.unauthenticated("Authorization header must be a Bearer token.")
        }
        let caller: Caller
        do {
            let claims = try signer.verify(String(parts[1]))
            caller = Caller(
                userID: claims["sub"]?.stringValue, sessionID: claims["sid"]?.stringValue)
        } catch {
            throw Self.unauthenticated("Invalid or expired access token.")
        }
        if let sessionID = caller.sessionID, await isSignedOut(sessionID) {
            throw Self.unauthenticated("The session of this access token has signed out.")
        }
        return caller
    }

    /// Whether logout marked the session. When Redis cannot answer, the token's own
    /// short expiry is the limit: the request passes and the outage is logged.
    private func isSignedOut(_ sessionID: String) async -> Bool {
        guard let redis = configuration.redis else { return false }
        do {
            return try await redis.value(forKey: SessionRevocation.key(sessionID: sessionID)) != nil
        } catch {
            configuration.logger.warn(
                "authenticate.revocation_unchecked",
                LogFields(
                    requestID: RequestScope.requestID ?? "", ["error": .string("\(error)")]))
            return false
        }
    }

    private static func unauthenticated(_ message: String) -> RequestFailure {
        RequestFailure(
            [GraphQLError(message)], code: "UNAUTHENTICATED", stage: "authenticate", status: 401)
    }
}
