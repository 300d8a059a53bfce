import GraphQL

/// A schema with the shapes validation rules care about: interfaces, unions, input
/// objects, lists, non-null arguments, enums, directives.
let schema = try! Schema(
    sdl: """
        directive @flag(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        interface Node { id: ID! }
        interface Named { name(upper: Boolean = false): String }
        enum Kind { TEXT NUMBER CHOICE }
        input Filter { kind: Kind, ids: [ID!], nested: Filter, limit: Int = 10 }
        type User implements Node & Named {
          id: ID! name(upper: Boolean = false): String friends(first: Int): [User!]!
          forms(filter: Filter): [Form] best: SearchResult
        }
        type Form implements Node { id: ID! title: String! kind: Kind fields: [[Field]] owner: User }
        type Field implements Node & Named { id: ID! name(upper: Boolean = false): String score: Float }
        union SearchResult = User | Form | Field
        type Query {
          node(id: ID!): Node search(text: String!, filter: Filter): [SearchResult!]
          user(id: ID, ids: [ID!]! = []): User me: User!
        }
        type Mutation { rename(id: ID!, name: String!): User }
        type Subscription { changed(id: ID!): Node }
        """)

/// Parses and validates arbitrary text against a fixed schema.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidator(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let document = try? parse(text) else { return 0 }
    let errors = validate(document, against: schema)
    for error in errors { precondition(!error.message.isEmpty, "empty message") }
    return 0
}
