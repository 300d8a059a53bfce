import GraphQL
import HTTP
import JSON
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
    func authenticate(_ http: HTTPRequest) throws(RequestFailure) -> Caller {
        guard let header = http.headers["Authorization"], let signer = jwtSigner else {
            return .anonymous
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Self.unauthenticated("Authorization header must be a Bearer token.")
        }
        do {
            let claims = try signer.verify(String(parts[1]))
            return Caller(userID: claims["sub"]?.stringValue, sessionID: claims["sid"]?.stringValue)
        } catch {
            throw Self.unauthenticated("Invalid or expired access token.")
        }
    }

    private static func unauthenticated(_ message: String) -> RequestFailure {
        RequestFailure(
            [GraphQLError(message)], code: "UNAUTHENTICATED", stage: "authenticate", status: 401)
    }
}
