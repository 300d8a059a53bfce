/// Who may read what about people: the directory and other people's sign-in
/// history and activity are for staff (ADMIN, MANAGER); everyone signed in sees
/// names and emails, as a colleague would.
enum UserAccess {
    static let staffRoles: Set<String> = ["ADMIN", "MANAGER"]

    static func requireStaff(_ context: XPContext) async throws {
        let caller = try context.requireUserID()
        guard let role = try await context.usersByID.load(caller)?.role,
            staffRoles.contains(role)
        else {
            throw XPError.forbidden("Only administrators and managers can list users.")
        }
    }

    /// For a user's own record, or staff reading anyone's.
    static func requireSelfOrStaff(_ userID: Int, _ context: XPContext) async throws {
        let caller = try context.requireUserID()
        guard caller != userID else { return }
        guard let role = try await context.usersByID.load(caller)?.role,
            staffRoles.contains(role)
        else {
            throw XPError.forbidden("Only the user and staff can see this.")
        }
    }
}
