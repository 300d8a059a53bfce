import GraphQL
import Postgres

/// The forms subgraph's batched reads; one statement per loader per wave.
extension XPContext {
    var formsByID: DataLoader<Int, FormRecord> {
        loaders.loader("forms.byID") { [database] in
            DataLoader { ids in try await FormsQueries.forms(ids, in: database) }
        }
    }

    /// A page of a list per parent (forms by owner, submissions by form or by user).
    func formPages<Node: Sendable>(
        _ list: FormsQueries.List, _ page: PageRequest,
        make: @escaping @Sendable (PostgresRow) -> Node
    ) -> DataLoader<Int, Page<Node>> {
        loaders.loader("forms.\(list.rawValue)", arguments: page.key) { [database] in
            DataLoader { parents in
                try await list.childList.pages(parents, page, in: database).mapValues { page in
                    Page(
                        nodes: page.nodes.map(make), hasNextPage: page.hasNextPage,
                        offset: page.offset)
                }
            }
        }
    }

    func formCounts(_ list: FormsQueries.List) -> DataLoader<Int, Int> {
        loaders.loader("forms.\(list.rawValue).count") { [database] in
            DataLoader { parents in try await list.childList.counts(parents, in: database) }
        }
    }
}

enum FormsQueries {
    /// The per-parent lists of the forms subgraph.
    enum List: String, Sendable {
        case formsByOwner, submissionsByForm, submissionsByUser

        var childList: ChildList {
            switch self {
            case .formsByOwner:
                ChildList(table: "forms", columns: FormRecord.columns, parentColumn: "owner_id")
            case .submissionsByForm:
                ChildList(
                    table: "form_submissions", columns: SubmissionRecord.columns,
                    parentColumn: "form_id")
            case .submissionsByUser:
                ChildList(
                    table: "form_submissions", columns: SubmissionRecord.columns,
                    parentColumn: "user_id")
            }
        }
    }

    static func forms(_ ids: [Int], in database: Database) async throws -> [Int: FormRecord] {
        let result = try await database.query(
            "SELECT \(FormRecord.columns) FROM forms WHERE id = ANY($1::bigint[])", [.intArray(ids)]
        )
        var forms: [Int: FormRecord] = [:]
        for row in result.rows {
            let form = FormRecord(row: row)
            forms[form.id] = form
        }
        return forms
    }

    static func submissions(_ ids: [Int], in database: Database) async throws
        -> [Int: SubmissionRecord]
    {
        let result = try await database.query(
            "SELECT \(SubmissionRecord.columns) FROM form_submissions WHERE id = ANY($1::bigint[])",
            [.intArray(ids)])
        var submissions: [Int: SubmissionRecord] = [:]
        for row in result.rows {
            let submission = SubmissionRecord(row: row)
            submissions[submission.id] = submission
        }
        return submissions
    }
}
