/// The fixed vocabulary demo data is made of.
enum SeedCatalog {
    static let firstNames = [
        "Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "John", "Margaret",
        "Ken", "Radia", "Dennis", "Hedy", "Tim", "Katherine", "Linus", "Sophie", "Niklaus",
        "Shafi", "Leslie",
    ]
    static let lastNames = [
        "Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Allen", "McCarthy",
        "Hamilton", "Thompson", "Perlman", "Ritchie", "Lamarr", "Berners-Lee", "Johnson",
        "Torvalds", "Wilson", "Wirth", "Goldwasser", "Lamport",
    ]
    static let actionTypes = [
        "login", "logout", "profile_update", "form_created", "form_submitted",
    ]
    static let cities: [(latitude: Double, longitude: Double)] = [
        (52.5200, 13.4050), (48.8566, 2.3522), (51.5072, -0.1276), (40.7128, -74.0060),
        (35.6762, 139.6503), (-33.8688, 151.2093), (37.7749, -122.4194), (59.3293, 18.0686),
    ]

    /// A form shape: a title stem and its fields as stored in `forms.fields`.
    struct FormTemplate: Sendable {
        let title: String
        let description: String?
        let fieldsJSON: String
        /// Builds one submission's data for this form.
        let makeData: @Sendable (inout SeedRandom) -> String
    }

    static let formTemplates: [FormTemplate] = [
        FormTemplate(
            title: "Site inspection",
            description: "Checklist for a site visit.",
            fieldsJSON: """
                [{"name": "site", "label": "Site", "kind": "TEXT", "required": true}, \
                {"name": "visitedOn", "label": "Visited on", "kind": "DATE", "required": true}, \
                {"name": "safe", "label": "Safe to enter", "kind": "CHECKBOX", "required": false}, \
                {"name": "where", "label": "Where", "kind": "LOCATION", "required": false}]
                """,
            makeData: { random in
                let city = random.pick(cities)
                return """
                    {"site": "Site \(random.below(500) + 1)", \
                    "visitedOn": "2026-\(pad(random.below(12) + 1))-\(pad(random.below(28) + 1))", \
                    "safe": \(random.percent(80)), \
                    "where": {"latitude": \(city.latitude), "longitude": \(city.longitude)}}
                    """
            }),
        FormTemplate(
            title: "Customer feedback",
            description: "How did we do?",
            fieldsJSON: """
                [{"name": "rating", "label": "Rating", "kind": "NUMBER", "required": true}, \
                {"name": "channel", "label": "Channel", "kind": "CHOICE", "required": true, \
                "options": ["web", "phone", "store"]}, \
                {"name": "comment", "label": "Comment", "kind": "TEXT", "required": false}]
                """,
            makeData: { random in
                """
                {"rating": \(random.below(5) + 1), \
                "channel": "\(random.pick(["web", "phone", "store"]))", \
                "comment": "Feedback \(random.below(10_000))"}
                """
            }),
        FormTemplate(
            title: "Expense report",
            description: "Costs to reimburse.",
            fieldsJSON: """
                [{"name": "amount", "label": "Amount", "kind": "NUMBER", "required": true}, \
                {"name": "spentOn", "label": "Spent on", "kind": "DATE", "required": true}, \
                {"name": "category", "label": "Category", "kind": "CHOICE", "required": true, \
                "options": ["travel", "meals", "equipment"]}]
                """,
            makeData: { random in
                """
                {"amount": \(random.below(100_000)), \
                "spentOn": "2026-\(pad(random.below(12) + 1))-\(pad(random.below(28) + 1))", \
                "category": "\(random.pick(["travel", "meals", "equipment"]))"}
                """
            }),
        FormTemplate(
            title: "Daily check-in",
            description: nil,
            fieldsJSON: """
                [{"name": "fit", "label": "Fit for work", "kind": "CHECKBOX", "required": true}, \
                {"name": "note", "label": "Note", "kind": "TEXT", "required": false}]
                """,
            makeData: { random in
                "{\"fit\": \(random.percent(95)), \"note\": \"Day \(random.below(365) + 1)\"}"
            }),
    ]

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
