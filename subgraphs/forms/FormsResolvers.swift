import GraphQL
import JSON
import Postgres
import SubgraphKit

/// Resolvers of schema/forms.graphql.
enum FormsResolvers {
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()

        resolvers.set("Query", "form") { field in
            guard let id = RowID.parse(field.arguments["id"]) else { return nil }
            return try await field.xp.formsByID.load(id)
        }
        resolvers.set("Query", "forms") { field in try await forms(field) }

        resolvers.set("Form", "submissionCount") { field in
            let form = field.parent as! FormRecord
            return try await field.xp.formCounts(.submissionsByForm).load(form.id) ?? 0
        }
        resolvers.set("Form", "submissions") { field in
            try await connection(
                field, .submissionsByForm, parent: (field.parent as! FormRecord).id
            ) {
                SubmissionRecord(row: $0)
            }
        }
        resolvers.set("FormSubmission", "form") { field in
            let submission = field.parent as! SubmissionRecord
            guard let form = try await field.xp.formsByID.load(submission.formID) else {
                throw XPError.notFound("The form of this submission no longer exists.")
            }
            return form
        }
        resolvers.set("User", "forms") { field in
            try await connection(field, .formsByOwner, parent: (field.parent as! UserReference).id)
            {
                FormRecord(row: $0)
            }
        }
        resolvers.set("User", "submissions") { field in
            try await connection(
                field, .submissionsByUser, parent: (field.parent as! UserReference).id
            ) { SubmissionRecord(row: $0) }
        }
        ConnectionCount.register("FormConnection", node: FormRecord.self, in: &resolvers)
        ConnectionCount.register(
            "FormSubmissionConnection", node: SubmissionRecord.self, in: &resolvers)

        resolvers.set("Mutation", "createForm") { field in try await FormsMutations.create(field) }
        resolvers.set("Mutation", "submitForm") { field in try await FormsMutations.submit(field) }
        return resolvers
    }

    private static func connection<Node: Sendable>(
        _ field: ResolveContext, _ list: FormsQueries.List, parent: Int,
        make: @escaping @Sendable (PostgresRow) -> Node
    ) async throws -> Connection<Node> {
        let page = try PageRequest(arguments: field.arguments)
        let context = field.xp
        let loaded = try await context.formPages(list, page, make: make).load(parent)
        return Connection(page: loaded ?? Page(rows: [], request: page)) {
            try await context.formCounts(list).load(parent) ?? 0
        }
    }

    /// `Query.forms`: newest first, optionally one owner's.
    private static func forms(_ field: ResolveContext) async throws -> Connection<FormRecord> {
        let page = try PageRequest(arguments: field.arguments)
        let owner: PostgresValue
        if let ownerArgument = field.arguments["ownerId"], !ownerArgument.isNull {
            owner = .int(RowID.parse(ownerArgument) ?? 0)
        } else {
            owner = .null
        }
        let database = field.xp.database
        let result = try await database.query(
            """
            SELECT \(FormRecord.columns) FROM forms WHERE ($1::bigint IS NULL OR owner_id = $1)
            ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3
            """, [owner, .int(page.first + 1), .int(page.offset)])
        return Connection(page: Page(rows: result.rows.map(FormRecord.init(row:)), request: page)) {
            let count = try await database.query(
                "SELECT count(*) AS n FROM forms WHERE ($1::bigint IS NULL OR owner_id = $1)",
                [owner])
            return count.rows.first?.int("n") ?? 0
        }
    }

    static let entities: [String: EntityResolver] = [
        "Form": EntityResolver { representations, context in
            let context = context as! XPContext
            return try await entitiesByID(representations) { ids in
                try await FormsQueries.forms(ids, in: context.database)
            }
        },
        "FormSubmission": EntityResolver { representations, context in
            let context = context as! XPContext
            return try await entitiesByID(representations) { ids in
                try await FormsQueries.submissions(ids, in: context.database)
            }
        },
        "User": EntityResolver { representations, _ in
            representations.map { .success(RowID.parse($0["id"]).map(UserReference.init(id:))) }
        },
    ]
}
