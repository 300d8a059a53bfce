import GraphQL
import JSON
import Postgres

/// A row of `forms`.
struct FormRecord: GraphQLObject {
    let id: Int
    let ownerID: Int
    let title: String
    let description: String?
    let fields: JSON
    let createdAt: String

    static let columns = """
        id, owner_id, title, description, fields::text AS fields, \(SQL.time("created_at"))
        """

    init(row: PostgresRow) {
        id = row.int("id") ?? 0
        ownerID = row.int("owner_id") ?? 0
        title = row["title"] ?? ""
        description = row["description"]
        fields = row["fields"].flatMap { try? JSONReader.parse($0) } ?? .array([])
        createdAt = row["created_at"] ?? ""
    }

    var graphQLTypeName: String? { "Form" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "id": return String(id)
        case "title": return title
        case "description": return description
        case "fields": return fields.arrayValue ?? []
        case "owner": return UserReference(id: ownerID)
        case "createdAt": return createdAt
        default: return nil
        }
    }
}

/// A row of `form_submissions`.
struct SubmissionRecord: GraphQLObject {
    let id: Int
    let formID: Int
    let userID: Int
    let data: JSON
    let createdAt: String

    static let columns = "id, form_id, user_id, data::text AS data, \(SQL.time("created_at"))"

    init(row: PostgresRow) {
        id = row.int("id") ?? 0
        formID = row.int("form_id") ?? 0
        userID = row.int("user_id") ?? 0
        data = row["data"].flatMap { try? JSONReader.parse($0) } ?? .null
        createdAt = row["created_at"] ?? ""
    }

    var graphQLTypeName: String? { "FormSubmission" }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "id": return String(id)
        case "user": return UserReference(id: userID)
        case "data": return data
        case "createdAt": return createdAt
        default: return nil
        }
    }
}
