/// The forms subgraph's SDL exactly as in schema/forms.graphql (a test keeps them equal).
enum FormsSchema {
    static let sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        "An instant in time: an RFC 3339 string in UTC."
        scalar DateTime

        "Free-form JSON data."
        scalar JSON

        enum FieldKind {
          TEXT
          NUMBER
          DATE
          CHOICE
          CHECKBOX
          LOCATION
        }

        type Form @key(fields: "id") {
          id: ID!
          title: String!
          description: String
          fields: [FormField!]!
          owner: User!
          createdAt: DateTime!
          submissionCount: Int!
          "Submissions, newest first."
          submissions(first: Int = 20, after: String): FormSubmissionConnection!
        }

        type FormField {
          name: String!
          label: String!
          kind: FieldKind!
          required: Boolean!
          options: [String!]
        }

        type FormSubmission @key(fields: "id") {
          id: ID!
          form: Form!
          user: User!
          data: JSON!
          createdAt: DateTime!
        }

        type User @key(fields: "id") {
          id: ID!
          "Forms the user owns, newest first."
          forms(first: Int = 20, after: String): FormConnection!
          "Submissions the user made, newest first."
          submissions(first: Int = 20, after: String): FormSubmissionConnection!
        }

        type FormConnection {
          edges: [FormEdge!]!
          nodes: [Form!]!
          pageInfo: PageInfo!
          totalCount: Int!
        }

        type FormEdge {
          cursor: String!
          node: Form!
        }

        type FormSubmissionConnection {
          edges: [FormSubmissionEdge!]!
          nodes: [FormSubmission!]!
          pageInfo: PageInfo!
          totalCount: Int!
        }

        type FormSubmissionEdge {
          cursor: String!
          node: FormSubmission!
        }

        type PageInfo @shareable {
          hasNextPage: Boolean!
          endCursor: String
        }

        input FormFieldInput {
          name: String!
          label: String!
          kind: FieldKind!
          required: Boolean = false
          options: [String!]
        }

        input CreateFormInput {
          title: String!
          description: String
          fields: [FormFieldInput!]!
        }

        type Query {
          form(id: ID!): Form
          forms(first: Int = 20, after: String, ownerId: ID): FormConnection!
        }

        type Mutation {
          "Creates a form owned by the signed-in user."
          createForm(input: CreateFormInput!): Form!
          "Submits data as the signed-in user; checked against the form's fields."
          submitForm(formId: ID!, data: JSON!): FormSubmission!
        }

        """
}
