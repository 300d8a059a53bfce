import GraphQL
import JSON
import Postgres
import SubgraphKit

/// Resolvers of schema/forms.graphql.
enum FormsResolvers {
    /// The generated protocols of schema/forms.graphql (`Forms` in Generated/) wire the
    /// fields; connection counts stay with `ConnectionCount`.
    static func make() -> ResolverMap {
        var resolvers = ResolverMap()
        QueryFields().register(in: &resolvers)
        FormFields().register(in: &resolvers)
        SubmissionFields().register(in: &resolvers)
        UserFields().register(in: &resolvers)
        MutationFields().register(in: &resolvers)
        ConnectionCount.register("FormConnection", node: FormRecord.self, in: &resolvers)
        ConnectionCount.register(
            "FormSubmissionConnection", node: SubmissionRecord.self, in: &resolvers)
        return resolvers
    }

    struct QueryFields: Forms.QueryResolvers {
        func form(
            _ root: any Sendable, _ arguments: Forms.QueryFormArguments, _ field: ResolveContext
        ) async throws -> (any Sendable)? {
            guard let id = RowID.parse(field.arguments["id"]) else { return nil }
            return try await field.xp.formsByID.load(id)
        }

        func forms(
            _ root: any Sendable, _ arguments: Forms.QueryFormsArguments, _ field: ResolveContext
        ) async throws -> any Sendable {
            try await FormsResolvers.forms(field)
        }
    }

    struct FormFields: Forms.FormResolvers {
        var submissionCount: Forms.FieldResolver<FormRecord>? {
            Forms.FieldResolver { form, field in
                try await field.xp.formCounts(.submissionsByForm).load(form.id) ?? 0
            }
        }

        func submissions(
            _ form: FormRecord, _ arguments: Forms.FormSubmissionsArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await connection(field, .submissionsByForm, parent: form.id) {
                SubmissionRecord(row: $0)
            }
        }
    }

    struct SubmissionFields: Forms.FormSubmissionResolvers {
        var form: Forms.FieldResolver<SubmissionRecord>? {
            Forms.FieldResolver { submission, field in
                guard let form = try await field.xp.formsByID.load(submission.formID) else {
                    throw XPError.notFound("The form of this submission no longer exists.")
                }
                return form
            }
        }
    }

    struct UserFields: Forms.UserResolvers {
        func forms(
            _ user: UserReference, _ arguments: Forms.UserFormsArguments, _ field: ResolveContext
        ) async throws -> any Sendable {
            try await connection(field, .formsByOwner, parent: user.id) { FormRecord(row: $0) }
        }

        func submissions(
            _ user: UserReference, _ arguments: Forms.UserSubmissionsArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await connection(field, .submissionsByUser, parent: user.id) {
                SubmissionRecord(row: $0)
            }
        }
    }

    struct MutationFields: Forms.MutationResolvers {
        func createForm(
            _ root: any Sendable, _ arguments: Forms.MutationCreateFormArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await FormsMutations.create(field)
        }

        func submitForm(
            _ root: any Sendable, _ arguments: Forms.MutationSubmitFormArguments,
            _ field: ResolveContext
        ) async throws -> any Sendable {
            try await FormsMutations.submit(field)
        }
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
