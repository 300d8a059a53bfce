/// Where a signed-out session is recorded, so its access tokens stop working at once.
///
/// Access tokens are stateless JWTs; without this mark a token would stay valid
/// until it expires even after logout. The auth subgraph writes the mark and the
/// gateway reads it, both in the Redis they share.
public enum SessionRevocation {
    /// Longer than any access token lives, so the mark outlasts every token of the session.
    public static let markSeconds = 24 * 3600

    public static func key(sessionID: String) -> String {
        "xpgraph:revoked-session:" + sessionID
    }
}
