import Foundation
import GraphQL
import JSON
import Postgres

/// `createForm` and `submitForm`, both as the signed-in user.
enum FormsMutations {
    static let kinds: Set<String> = ["TEXT", "NUMBER", "DATE", "CHOICE", "CHECKBOX", "LOCATION"]

    static func create(_ field: ResolveContext) async throws -> FormRecord {
        let owner = try field.xp.requireUserID()
        let input = field.arguments["input"]?.objectValue ?? JSONObject()
        let title = (input["title"]?.stringValue ?? "").trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw XPError.badInput("A form needs a title.") }
        let fields = try formFields(input["fields"]?.arrayValue ?? [])
        let description = input["description"]?.stringValue
        let result = try await field.xp.database.query(
            """
            INSERT INTO forms (owner_id, title, description, fields) VALUES ($1, $2, $3, $4::jsonb)
            RETURNING \(FormRecord.columns)
            """,
            [
                .int(owner), .text(title), description.map(PostgresValue.text) ?? .null,
                .json(JSON.array(fields).serialized),
            ])
        return FormRecord(row: result.rows[0])
    }

    static func submit(_ field: ResolveContext) async throws -> SubmissionRecord {
        let user = try field.xp.requireUserID()
        guard let formID = RowID.parse(field.arguments["formId"]),
            let form = try await field.xp.formsByID.load(formID)
        else { throw XPError.notFound("No form with this id.") }
        let data = field.arguments["data"] ?? .null
        let problems = SubmissionCheck.problems(data, fields: form.fields)
        guard problems.isEmpty else {
            throw XPError.badInput(
                "The submission does not fit the form: " + problems.joined(separator: " "))
        }
        let result = try await field.xp.database.query(
            """
            INSERT INTO form_submissions (form_id, user_id, data) VALUES ($1, $2, $3::jsonb)
            RETURNING \(SubmissionRecord.columns)
            """, [.int(formID), .int(user), .json(data.serialized)])
        return SubmissionRecord(row: result.rows[0])
    }

    /// The stored field list: names unique and non-empty, choices with options.
    private static func formFields(_ inputs: [JSON]) throws -> [JSON] {
        var names: Set<String> = []
        var fields: [JSON] = []
        for input in inputs {
            let name = input["name"]?.stringValue ?? ""
            let kind = input["kind"]?.stringValue ?? ""
            guard !name.isEmpty else { throw XPError.badInput("Every field needs a name.") }
            guard names.insert(name).inserted else {
                throw XPError.badInput("Field name \"\(name)\" is used twice.")
            }
            guard kinds.contains(kind) else {
                throw XPError.badInput("Field \"\(name)\" has an unknown kind \"\(kind)\".")
            }
            var field: JSONObject = [
                "name": .string(name), "label": .string(input["label"]?.stringValue ?? name),
                "kind": .string(kind), "required": .bool(input["required"]?.boolValue ?? false),
            ]
            let options = input["options"]?.arrayValue?.compactMap(\.stringValue)
            if kind == "CHOICE", options?.isEmpty ?? true {
                throw XPError.badInput("Choice field \"\(name)\" needs at least one option.")
            }
            if let options { field["options"] = .array(options.map(JSON.string)) }
            fields.append(.object(field))
        }
        return fields
    }
}
