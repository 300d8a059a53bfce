import GraphQL

/// The in-memory data of the execution benchmark: 100 users, each with 10 forms of 5 fields,
/// read by the default resolver. bench/engine/users-data.js builds the same values for
/// graphql-js.
final class BenchUser: GraphQLObject {
    let id: String
    let name: String
    let email: String
    let forms: [BenchForm]

    init(_ index: Int) {
        id = "user-\(index)"
        name = "User \(index)"
        email = "user\(index)@example.com"
        forms = (0..<10).map { BenchForm(user: index, form: $0) }
    }

    func graphQLField(_ field: String) -> (any Sendable)? {
        switch field {
        case "id": id
        case "name": name
        case "email": email
        case "forms": forms
        default: nil
        }
    }
}

final class BenchForm: GraphQLObject {
    let id: String
    let title: String
    let fields: [BenchFormField]

    init(user: Int, form: Int) {
        id = "form-\(user)-\(form)"
        title = "Form \(form + 1) of user \(user)"
        fields = (0..<5).map { BenchFormField(user: user, form: form, field: $0) }
    }

    func graphQLField(_ field: String) -> (any Sendable)? {
        switch field {
        case "id": id
        case "title": title
        case "fields": fields
        default: nil
        }
    }
}

final class BenchFormField: GraphQLObject {
    static let kinds = ["TEXT", "NUMBER", "CHOICE", "DATE"]

    let id: String
    let label: String
    let kind: String

    init(user: Int, form: Int, field: Int) {
        id = "fld-\(user)-\(form)-\(field)"
        label = "Question \(field + 1)"
        kind = Self.kinds[field % 4]
    }

    func graphQLField(_ field: String) -> (any Sendable)? {
        switch field {
        case "id": id
        case "label": label
        case "kind": kind
        default: nil
        }
    }
}

/// The root value: `users` is the whole list.
final class BenchRoot: GraphQLObject {
    let users = (0..<100).map(BenchUser.init)

    func graphQLField(_ field: String) -> (any Sendable)? {
        field == "users" ? users : nil
    }
}
