/// Schemas for `SchemaValidationDifferentialTests`, grouped by the rule of graphql-js's
/// `validateSchema` they break; the last group is valid. Every one passes the SDL rules.
enum SchemaValidationCases {
    static let roots = [
        "type Foo { a: Int }",
        "schema { mutation: Mutation } type Mutation { a: Int }",
        "scalar Query",
        "schema { query: Q } input Q { a: Int }",
        "type Query { a: Int } union Mutation = Query",
        "schema { query: Query subscription: S } type Query { a: Int } enum S { A }",
        "schema { query: String }",
        "type Query { a: Int } schema { query: Query } extend schema { mutation: M } interface M { a: Int }",
        "extend schema { query: Q } type Q { a: Int } type Query { b: Int }",
        "extend schema { query: Q } type Q { a: Int } scalar Query",
        "\"The schema.\" schema { mutation: M } type M { a: Int }",
        "type Mutation { a: Int } type Subscription { a: Int }",
    ]

    static let directives = [
        "directive @__d on FIELD type Query { a: Int }",
        "directive @d(__a: Int) on FIELD type Query { a: Int }",
        "directive @d(a: Query) on FIELD type Query { a: Int }",
        "directive @d(\"An argument.\" a: [U!]) on FIELD type Query { a: Int } union U = Query",
        "directive @d(a: Int! @deprecated) on FIELD type Query { a: Int }",
        "directive @d(a: Int! @deprecated(reason: \"Old.\"), b: String!) on FIELD type Query { a: Int }",
        "directive @d(a: I, b: Int!) repeatable on FIELD | OBJECT type Query { a: Int } interface I { a: Int }",
        "\"\"\"\nA directive.\n\"\"\"\ndirective @__d(__a: Query!) on FIELD type Query { a: Int }",
    ]

    static let names = [
        "type Query { a: Int } type __Foo { x: Int }",
        "type Query { __a: Int }",
        "type Query { a(__b: Int): Int }",
        "type Query { a: E } enum E { A __B }",
        "type Query { a(i: I): Int } input I { __a: Int }",
        "type Query { a: __I } interface __I { a: Int }",
        "type Query { a: __S } scalar __S",
        "type Query { a: Int } type __Schema { x: Int }",
    ]

    static let fields = [
        "type Query",
        "type Query directive @tag on OBJECT extend type Query @tag",
        "\"The root.\" type Query",
        "type Query { a: I } interface I",
        "type Query { a: In } input In { x: Int }",
        "type Query { a: [In!] } input In { x: Int }",
        "type Query { a(x: Query): Int }",
        "type Query { a(x: [U]): Int } union U = Query",
        "type Query { a(x: Int! @deprecated): Int }",
        "type Query { a(x: Int! = 1 @deprecated): Int }",
        "type Query { a(x: Int! @deprecated(reason: null)): Int }",
        "type Query { a: I } interface I { a(x: String! @deprecated, y: In): In } input In { x: Int }",
        "type Query { a: Int } extend type Query { b: In, c(d: Query): Int } input In { x: Int }",
    ]

    static let interfaces = [
        "type Query implements Query { a: Int }",
        "type Query implements U { a: Int } union U = Query",
        "type Query implements In { a: Int } input In { a: Int }",
        "type Query { a: I } interface I implements I { a: Int }",
        "type Query implements I & I { a: Int } interface I { a: Int }",
        "type Query implements I { a: Int } interface I { a: Int } extend type Query implements I",
        "type Query implements I { a: Int } interface I implements J { a: Int } interface J { a: Int }",
        "type Query { a: I } interface I implements J { a: Int } interface J implements I { a: Int }",
        "type Query implements I { b: Int } interface I { a: Int }",
        "type Query implements I { b: Int } interface I { a: Int, c: String } extend type Query { d: Int }",
        "type Query implements I { a: String } interface I { a: Int }",
        "type Query implements I { a: Int } interface I { a: Int! }",
        "type Query implements I { a: [Int] } interface I { a: Int }",
        "type Query implements I { a: Int } interface I { a: [Int] }",
        "type Query implements I { a: [Int] } interface I { a: [Int!] }",
        "type Query implements I { a: A } interface I { a: B } type A { x: Int } type B { x: Int }",
        "type Query implements I { a: U } interface I { a: A } union U = A type A { x: Int }",
        "type Query implements I { a(x: Int): Int } interface I { a(x: Int, y: String): Int }",
        "type Query implements I { a(x: Int!): Int } interface I { a(x: Int): Int }",
        "type Query implements I { a(x: [Int]): Int } interface I { a(x: [String]): Int }",
        "type Query implements I { a(x: Int, y: Int!): Int } interface I { a(x: Int): Int }",
        "type Query implements I { a(y: Int! = 2, z: Int): Int } interface I { a: Int }",
        "type Query { a: Int } interface I { a: Int } extend type Query implements I { b: String }",
        "type Query { a: Int } interface I { a: String, b: Int } extend type Query implements I",
        "type Query implements I { a: Int } scalar I",
        "type Query { a: J } interface I { a: Int } interface J implements I { b: Int }",
        "type Query implements J { a: Int } interface I { a: Int } interface J implements I { a: Int }",
        """
        type Query implements I & J & K { a(x: Int!, y: Int!): [Int]! }
        interface I { a(x: Int): Int }
        interface J implements I { a(x: Int): [Int] }
        interface K implements Query { a: Int }
        """,
    ]

    static let unions = [
        "type Query { a: U } union U",
        "type Query { a: U } union U directive @tag on UNION extend union U @tag",
        "type Query { a: U } union U = Query | I interface I { a: Int }",
        "type Query { a: U } union U = A | A type A { a: Int }",
        "type Query { a: U } union U = In | String input In { a: Int }",
        "type Query { a: U } union U = Query extend union U = I | Query interface I { a: Int }",
        "type Query { a: U } union U = E | E enum E { A }",
    ]

    static let enums = [
        "type Query { a: E } enum E",
        "type Query { a: E } enum E directive @tag on ENUM extend enum E @tag",
        "type Query { a: E } enum E extend enum E { A }",
    ]

    static let inputObjects = [
        "type Query { a(i: I): Int } input I",
        "type Query { a(i: I): Int } input I directive @tag on INPUT_OBJECT extend input I @tag",
        "type Query { a(i: I): Int } input I { a: Query }",
        "type Query { a(i: I): Int } input I { a: [E!], b: [U] } enum E { A } union U = Query",
        "type Query { a(i: I): Int } input I { a: Int! @deprecated }",
        "type Query { a(i: I): Int } input I { a: Int! = 1 @deprecated, b: Int @deprecated }",
        "type Query { a(i: I): Int } input I { \"A field.\" a: String! @deprecated(reason: \"Old.\") }",
    ]

    static let inputCycles = [
        "type Query { a(i: A): Int } input A { b: B! } input B { a: A! }",
        "type Query { a(i: A): Int } input A { a: A! }",
        "type Query { a(i: A): Int } input A { a: [A!]! }",
        "type Query { a(i: A): Int } input A { a: A }",
        "type Query { a(i: A): Int } input A { b: B!, c: C! } input B { a: A! } input C { a: A!, b: B! }",
        "type Query { a(i: X): Int } input X { a: A } input A { b: B! } input B { a: A! }",
        "type Query { a(i: A): Int } input A { x: Int, a: A!, b: B! } input B { b: B!, a: A! }",
        """
        type Query { a(i: A): Int }
        input A { b: B!, c: C }
        input B { c: C! }
        input C { a: A!, d: D! }
        input D { b: B! }
        """,
        "type Query { a: Int } input A { a: A! } input B { b: B! }",
    ]

    /// Several rules at once, for the order of the errors across phases and types.
    static let mixed = [
        """
        schema { query: Root mutation: M }
        directive @__x(a: Root) on FIELD
        scalar Root
        type M implements I & U { __a: In, b(c: M!): Int }
        interface I { b: String, d: Int }
        union U = In | M | M
        input In { a: In!, b: M, c: Int! @deprecated }
        enum __E
        type T implements I { b: String, d: Int, e(x: Int!): Int }
        """,
        """
        type Query { a: Int } type Z { a: ZIn } input ZIn { z: ZIn! }
        type A { a: AIn } input AIn { a: AIn! }
        interface B implements C { x: Int } interface C implements B { x: Int }
        """,
    ]

    static let valid = [
        "type Query { a: Int }",
        """
        schema { query: Root, mutation: Change, subscription: Feed }
        type Root { node(id: ID!): Node, search(text: String = "", first: Int! = 10): [Result!]! }
        type Change { save(input: SaveInput!): Node }
        type Feed { events(kind: Kind): Event }
        interface Node { id: ID! }
        interface Named implements Node { id: ID!, name(upper: Boolean): String }
        type Person implements Named & Node { id: ID!, name(upper: Boolean, lang: String = "en"): String! }
        type Event implements Node { id: ID!, at: Date @deprecated(reason: "Use time.") }
        union Result = Person | Event
        enum Kind { A, B @deprecated }
        scalar Date @specifiedBy(url: "https://example.com/date")
        input SaveInput { id: ID!, names: [String!], nested: SaveInput, list: [SaveInput!]! }
        directive @auth(role: String! = "user", old: Int @deprecated) on FIELD_DEFINITION
        """,
        """
        type Query implements I { a: Query, b: [Query!]!, c(x: Int): U }
        interface I { a: I, b: [I], c(x: Int): U }
        union U = Query
        """,
        "type Query { a: Int } extend type Query implements I interface I { a: Int }",
    ]

    /// Default values that reach a type that is no input type, which graphql-js's
    /// `buildSchema` stops at (it coerces defaults while building); the others build and
    /// leave the wrong type to `validateSchema`.
    static let defaultValues = [
        "type Query { a(x: Query = {}): Int }",
        "type Query { a(x: Query = null): Int }",
        "type Query { a(x: [Query!] = []): Int }",
        "type Query { a(x: [U!] = [{}]): Int } union U = Query",
        "type Query { a(x: I! = 1): Int } interface I { a: Int }",
        "type Query { a(x: In = {a: 1, o: {}}): Int } input In { a: Int, o: Query }",
        "type Query { a(x: In = {a: \"no\", o: {}}): Int } input In { a: Int, o: Query }",
        "type Query { a(x: In = {o: {}}): Int } input In { a: Int!, o: Query }",
        "directive @d(a: Query = {}) on FIELD type Query { a: Int }",
        "type Query { a(x: In): Int } input In { o: [Query] = [null] }",
    ]

    static var all: [String] {
        roots + directives + names + fields + interfaces + unions + enums + inputObjects
            + inputCycles + mixed + defaultValues + valid
    }
}
