import JSON
import XCTest

@testable import XPSubgraphs

final class FormsSubgraphTests: StackTestCase {
    static let userForms = """
        query ($r: [_Any!]!, $forms: Int, $submissions: Int) {
          _entities(representations: $r) {
            ... on User {
              forms(first: $forms) {
                totalCount
                nodes { id title submissionCount submissions(first: $submissions) { nodes { id user { id } } } }
              }
            }
          }
        }
        """

    func testUserFormsWithSubmissionsMatchSQL() async throws {
        let body = try await stack.graphql(
            .forms, Self.userForms,
            variables: ["r": [["__typename": "User", "id": "1"]], "forms": 10, "submissions": 3])
        let forms = try XCTUnwrap(body["data"]?["_entities"]?[0]?["forms"])
        XCTAssertEqual(forms["totalCount"], 12)
        let expectedForms = try await stack.rows(
            "SELECT id, title FROM forms WHERE owner_id = 1 ORDER BY created_at DESC, id DESC LIMIT 10"
        )
        let nodes = try XCTUnwrap(forms["nodes"]?.arrayValue)
        XCTAssertEqual(nodes.map { $0["id"] }, expectedForms.map { .string($0["id"]!) })
        XCTAssertEqual(nodes.map { $0["title"] }, expectedForms.map { .string($0["title"]!) })

        let form = nodes[0]
        let formID = try XCTUnwrap(form["id"]?.stringValue.flatMap { Int($0) })
        let expectedSubmissions = try await stack.rows(
            "SELECT id, user_id FROM form_submissions WHERE form_id = $1 "
                + "ORDER BY created_at DESC, id DESC LIMIT 3", [.int(formID)])
        XCTAssertEqual(
            form["submissions"]?["nodes"],
            .array(
                expectedSubmissions.map {
                    ["id": .string($0["id"]!), "user": ["id": .string($0["user_id"]!)]]
                }))
        let count = try await stack.rows(
            "SELECT count(*) AS n FROM form_submissions WHERE form_id = $1", [.int(formID)])
        XCTAssertEqual(form["submissionCount"], .int(count[0].int("n")!))
    }

    /// The number of statements does not grow with the number of forms.
    func testStatementCountIsFlatInTheNumberOfForms() async throws {
        let query = """
            query ($first: Int) { forms(first: $first) { nodes { id submissions(first: 3) { totalCount nodes { id } } } } }
            """
        let one = try await stack.graphql(.forms, query, variables: ["first": 1])
        let fifty = try await stack.graphql(.forms, query, variables: ["first": 50])
        XCTAssertEqual(one["data"]?["forms"]?["nodes"]?.arrayValue?.count, 1)
        XCTAssertGreaterThanOrEqual(fifty["data"]?["forms"]?["nodes"]?.arrayValue?.count ?? 0, 20)
        let statements = one["extensions"]?["xpgraph"]?["sqlStatements"]
        XCTAssertEqual(statements, 3)  // forms page, submission pages, submission counts
        XCTAssertEqual(fifty["extensions"]?["xpgraph"]?["sqlStatements"], statements)
    }

    func testCreateAndSubmitAFormAsTheSignedInUser() async throws {
        let token = stack.token(user: 5, session: 1)
        let created = try await stack.graphql(
            .forms,
            """
            mutation { createForm(input: {title: "Survey", fields: [
              {name: "age", label: "Age", kind: NUMBER, required: true},
              {name: "colour", label: "Colour", kind: CHOICE, options: ["red", "blue"]}]}) {
                id title owner { id } fields { name kind required options } } }
            """, token: token)
        let form = try XCTUnwrap(created["data"]?["createForm"])
        XCTAssertEqual(form["owner"], ["id": "5"])
        XCTAssertEqual(
            form["fields"],
            [
                ["name": "age", "kind": "NUMBER", "required": true, "options": nil],
                [
                    "name": "colour", "kind": "CHOICE", "required": false,
                    "options": ["red", "blue"],
                ],
            ])
        let formID = try XCTUnwrap(form["id"])

        let submit =
            "mutation ($id: ID!, $data: JSON!) { submitForm(formId: $id, data: $data) { id data user { id } form { id } } }"
        let good = try await stack.graphql(
            .forms, submit, variables: ["id": formID, "data": ["age": 41, "colour": "blue"]],
            token: token)
        XCTAssertEqual(good["data"]?["submitForm"]?["data"], ["age": 41, "colour": "blue"])
        XCTAssertEqual(good["data"]?["submitForm"]?["form"], ["id": formID])

        let bad = try await stack.graphql(
            .forms, submit, variables: ["id": formID, "data": ["colour": "green", "extra": 1]],
            token: token)
        XCTAssertEqual(
            bad["errors"]?[0]?["message"],
            .string(
                "The submission does not fit the form: Field \"extra\" is not part of this form. "
                    + "Field \"age\" is required. Field \"colour\" must be one of \"red\", \"blue\"."
            ))

        let anonymous = try await stack.graphql(
            .forms, submit, variables: ["id": formID, "data": ["age": 1]])
        XCTAssertEqual(anonymous["errors"]?[0]?["extensions"]?["code"], "UNAUTHENTICATED")
    }

    func testNulCharacterInTextIsBadInput() async throws {
        let body = try await stack.graphql(
            .forms,
            "mutation ($t: String!) { createForm(input: {title: $t, fields: []}) { id } }",
            variables: ["t": "bad\u{0}title"], token: stack.token(user: 5, session: 1))
        XCTAssertEqual(
            body["errors"]?[0]?["extensions"]?["code"], "BAD_USER_INPUT", body.serialized)
    }
}
