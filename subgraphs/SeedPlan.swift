/// What the demo data holds, row by row. Every row is a pure function of
/// (seed, now, row index), so the data is deterministic and can be generated
/// in chunks in any order.
struct SeedPlan: Sendable {
    let seed: UInt64
    /// The instant the data is relative to (Unix seconds).
    let now: Int
    let users: Int
    let forms: Int
    let submissions: Int
    let sessions: Int
    let locations: Int
    let activities: Int

    /// The first user's share: forms 1..<ownFormCount+1 are theirs, sessions
    /// 1...3 are theirs and active, 4...5 theirs and ended.
    static let firstUserForms = 12
    static let firstUserSubmissionsPerForm = 6
    static let firstUserActiveSessions = 3
    static let firstUserSessions = 5

    /// The default size is 10,000 users; other tables scale with the user count.
    init(users: Int, seed: UInt64, now: Int) {
        precondition(users >= 1, "seeding needs at least one user")
        self.seed = seed
        self.now = now
        self.users = users
        forms = max(Self.firstUserForms + 8, users / 5)
        submissions = max(Self.firstUserForms * Self.firstUserSubmissionsPerForm + 28, users * 10)
        sessions = max(Self.firstUserSessions + 15, users * 5)
        locations = max(sessions * 4, users * 100)
        activities = users * 5
    }

    private enum Stream: UInt64 { case user = 1, form, submission, session, location, activity }

    private func random(_ stream: Stream, _ index: Int) -> SeedRandom {
        SeedRandom(seed: seed, stream: stream.rawValue, index: index)
    }

    private static let day = 86_400

    // MARK: users

    func writeUser(_ id: Int, passwordHash: String, into out: inout CopyText) {
        var random = random(.user, id)
        let first = random.pick(SeedCatalog.firstNames)
        let last = random.pick(SeedCatalog.lastNames)
        let role = id == 1 ? "ADMIN" : random.percent(5) ? "MANAGER" : "MEMBER"
        let isActive = id == 1 || random.percent(95)
        let createdAt = now - 30 * Self.day - random.below(335 * Self.day)
        out.int(id)
        out.text("user\(id)@example.test")
        out.text("\(first) \(last)")
        out.text(role)
        out.text(passwordHash)
        out.bool(isActive)
        out.timestamp(createdAt)
        if random.percent(70) {
            out.timestamp(now - random.below(30 * Self.day))
        } else {
            out.null()
        }
        out.endRow()
    }

    static let userColumns = [
        "id", "email", "name", "role", "password_hash", "is_active", "created_at", "last_login",
    ]

    func writeActivity(_ index: Int, into out: inout CopyText) {
        var random = random(.activity, index)
        out.int(index + 1)
        out.int(index / 5 % users + 1)
        out.text(random.pick(SeedCatalog.actionTypes))
        out.text("{\"ip\": \"10.\(random.below(256)).\(random.below(256)).\(random.below(256))\"}")
        out.timestamp(now - random.below(90 * Self.day))
        out.endRow()
    }

    static let activityColumns = ["id", "user_id", "action_type", "details", "created_at"]

    // MARK: forms

    func formOwner(_ id: Int) -> Int {
        if id <= Self.firstUserForms { return 1 }
        var random = random(.form, id)
        return random.below(users) + 1
    }

    func formTemplate(_ id: Int) -> SeedCatalog.FormTemplate {
        SeedCatalog.formTemplates[id % SeedCatalog.formTemplates.count]
    }

    func formCreatedAt(_ id: Int) -> Int {
        var random = random(.form, id)
        _ = random.next()
        return now - 7 * Self.day - random.below(300 * Self.day)
    }

    func writeForm(_ id: Int, into out: inout CopyText) {
        let template = formTemplate(id)
        out.int(id)
        out.int(formOwner(id))
        out.text("\(template.title) #\(id)")
        if let description = template.description { out.text(description) } else { out.null() }
        out.text(template.fieldsJSON)
        out.timestamp(formCreatedAt(id))
        out.endRow()
    }

    static let formColumns = ["id", "owner_id", "title", "description", "fields", "created_at"]

    func writeSubmission(_ id: Int, into out: inout CopyText) {
        var random = random(.submission, id)
        let firstUserShare = Self.firstUserForms * Self.firstUserSubmissionsPerForm
        let form =
            id <= firstUserShare ? (id - 1) % Self.firstUserForms + 1 : random.below(forms) + 1
        let formCreated = formCreatedAt(form)
        out.int(id)
        out.int(form)
        out.int(random.below(users) + 1)
        out.text(formTemplate(form).makeData(&random))
        out.timestamp(formCreated + random.below(max(now - formCreated, 1)))
        out.endRow()
    }

    static let submissionColumns = ["id", "form_id", "user_id", "data", "created_at"]

    // MARK: sessions and locations

    struct Session {
        let user: Int
        let createdAt: Int
        let isActive: Bool
        let home: (latitude: Double, longitude: Double)
    }

    func session(_ id: Int) -> Session {
        var random = random(.session, id)
        let user = id <= Self.firstUserSessions ? 1 : random.below(users) + 1
        let isActive =
            id <= Self.firstUserSessions ? id <= Self.firstUserActiveSessions : random.percent(40)
        let createdAt =
            isActive
            ? now - 3600 - random.below(25 * Self.day)
            : now - 31 * Self.day - random.below(60 * Self.day)
        let city = random.pick(SeedCatalog.cities)
        return Session(user: user, createdAt: createdAt, isActive: isActive, home: city)
    }

    func writeSession(_ id: Int, into out: inout CopyText) {
        let session = session(id)
        var random = random(.session, -id)
        out.int(id)
        out.int(session.user)
        out.timestamp(session.createdAt)
        out.timestamp(session.createdAt + 30 * Self.day)
        out.timestamp(min(session.createdAt + random.below(3 * Self.day), now))
        out.bool(session.isActive)
        out.endRow()
    }

    static let sessionColumns = [
        "id", "user_id", "created_at", "expires_at", "last_activity", "is_active",
    ]

    var locationsPerSession: Int { locations / sessions }

    /// Locations are spread evenly over sessions: each session gets a track of
    /// one point a minute drifting away from its city.
    func writeLocation(_ index: Int, into out: inout CopyText) {
        let perSession = locationsPerSession
        let sessionID = min(index / perSession, sessions - 1) + 1
        let step = index - (sessionID - 1) * perSession
        let session = session(sessionID)
        var random = random(.location, index)
        let latitude = Int(session.home.latitude * 1e6) + step * 90 + random.below(40)
        let longitude = Int(session.home.longitude * 1e6) + step * 120 + random.below(40)
        out.int(sessionID)
        out.int(session.user)
        out.fixed(latitude, places: 6)
        out.fixed(longitude, places: 6)
        out.fixed(300 + random.below(2700), places: 2)
        out.timestamp(min(session.createdAt + step * 60, now))
        out.endRow()
    }

    static let locationColumns = [
        "session_id", "user_id", "latitude", "longitude", "accuracy", "timestamp",
    ]
}
