/// Who is calling, from a verified access token.
public struct Identity: Sendable, Hashable {
    public var userID: String
    /// The session the token was issued for, when it names one.
    public var sessionID: String?
    /// The role the token was issued with (`ADMIN`, `MANAGER`, `MEMBER`), when it names one.
    public var role: String?

    public init(userID: String, sessionID: String? = nil, role: String? = nil) {
        self.userID = userID
        self.sessionID = sessionID
        self.role = role
    }
}
