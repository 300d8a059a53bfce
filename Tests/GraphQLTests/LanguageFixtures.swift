/// Documents shared by the lexer, parser and printer tests.
enum LanguageFixtures {
    /// An executable document using every query construct.
    static let kitchenSinkQuery = #"""
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition)
          @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null),
          query
        }

        query { __typename }
        """#

    /// A type system document using every definition and extension.
    static let kitchenSinkSchema = #"""
        """This is a description of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """
          This is a description of the `two` field.
          """
          two(
            """
            This is a description of the `argument` argument.
            """
            argument: InputType!
          ): Type
          """This is a description of the `three` field."""
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed =
          | Story
          | Article
          | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = | A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """
          This is a description of the `DESKTOP` value
          """
          DESKTOP

          """This is a description of the `MOBILE` value"""
          MOBILE

          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """
        This is a description of the `@skip` directive
        """
        directive @skip(
          """This is a description of the `if` argument"""
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include(if: Boolean!)
          on FIELD
           | FRAGMENT_SPREAD
           | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on
          | OBJECT
          | INTERFACE

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """#

    /// Documents that parse, each stressing one printing or lexing rule.
    static let valid: [String] = [
        kitchenSinkQuery,
        kitchenSinkSchema,
        "{ a }",
        "query { a }",
        "query Q { a }",
        "query ($a: Int) { a }",
        "{ a(s: \"tab\\there \\u00e9 \\u{1F600} \\uD83D\\uDE00 \\\\ \\/ \\b\\f\\n\\r\") }",
        "{ a(s: \"\\u0000 \\u001f \\u007F \\u0085 caf\u{e9} \u{1F600}\") }",
        "{ a(s: \"\"\"   leading space\"\"\") }",
        "{ a(s: \"\"\"\n    indented\n      more\n    back\n\"\"\") }",
        "{ a(s: \"\"\"ends with quote\"\n\"\"\") }",
        "{ a(s: \"\"\"contains \\\"\"\" triple\"\"\") }",
        "{ a(s: \"\"\"ends with slash\\\n\"\"\") }",
        "{ a(s: \"\"\"\"\"\") }",
        "{ a(s: \"\"\"\r\n  crlf\r\n  lines\r\n\"\"\") }",
        "{ a(s: \"\"\"\n\n  blank first and last\n\n\"\"\") }",
        "{ a(s: \"\"\"first line\n  second line\"\"\") }",
        "{ a(s: \"\"\"\t tab indented\n\t second\"\"\") }",
        "{ a(s: \"\"\"" + String(repeating: "x", count: 71) + "\"\"\") }",
        "{ a(s: \"\"\"" + String(repeating: "x", count: 70) + "\"\"\") }",
        "{ a(s: \"\"\"  \n  \"\"\") }",
        """
        query Long($aVeryLongVariableName: String, $anotherVeryLongName: Int) {
          someField(firstArgument: $aVeryLongVariableName, secondArgument: $anotherVeryLongName) {
            id
          }
          short(a: 1)
          exactlyEighty(argumentNumberOne: "aaaaaaaaaaaaaaaaaaaa", argumentTwo: "bbbbbbbbbb")
        }
        """,
        "{ a(list: [], obj: {}, nested: [[1, 2], {a: [{b: null}]}], e: ENUM, f: -1.5e-3, i: -0) }",
        "fragment F on T @d { a } query Q @q(a: 1) @r { ...F ... on T { b } ... @s { c } }",
        "query Q($v: [Int!]! = [1] @dir, $w: In = {a: 1}) { a }",
        "\u{FEFF}{ a } # trailing comment",
        "# comment\r\n{\r\n  a # comment\r\n  b\r}",
        "type Query { a(x: Int\n, y: String): Int }",
        "\"desc\" type Query { \"d\" a(\"arg\" x: Int): Int }",
        "type Query { a(\"\"\"multi\nline\"\"\" x: Int, y: Int): Int }",
        "directive @d(\"\"\"multi\nline\"\"\" x: Int) on FIELD",
        "schema @a { query: Q mutation: M subscription: S }",
        "extend type T implements & A & B",
        "type T implements A & B",
        "interface I implements A",
        "union U = A",
        "enum E { A B @d(x: 1) }",
        "input I { a: [Int!] = [1, 2] @d }",
        "extend schema { query: Q }",
        "{ on: a, fragment: b, query: c, true: d, null: e }",
        "{ a(x: 0, y: 123, z: 1.0, w: 1e10, v: 1E+2, u: 0.5e-1) }",
        "query { field(arg: \"\\u{10FFFF}\\u{0}\\u{00000041}\") }",
        "{ ... on T { ...A } }",
        "subscription S { a }",
        "mutation { a }",
    ]

    /// Documents with a syntax error, each a different message or location.
    static let invalid: [String] = [
        "",
        "   ",
        "{",
        "{ a",
        "{ a(",
        "{ a(b",
        "{ a(b:",
        "{ a(b: ) }",
        "{ a(b: $) }",
        "query Q($a) { a }",
        "query Q($a: ) { a }",
        "query Q($a: Int = $b) { a }",
        "query Q($a: Int = $) { a }",
        "query Q($a: [Int) { a }",
        "{ ...on }",
        "fragment on on T { a }",
        "fragment F { a }",
        "fragment F on { a }",
        "notAnOperation { a }",
        "query Q query",
        "{ a } garbage",
        "{ a ? }",
        "{ a ' }",
        "{ a \u{00E9} }",
        "{ a \u{0007} }",
        "{ a . }",
        "{ a .. }",
        "{ a(b: \"unterminated) }",
        "{ a(b: \"line\nbreak\") }",
        "{ a(b: \"\"\"never ends) }",
        "{ a(b: \"bad \\x escape\") }",
        "{ a(b: \"bad \\u12G4 escape\") }",
        "{ a(b: \"bad \\u{} escape\") }",
        "{ a(b: \"bad \\u{110000} escape\") }",
        "{ a(b: \"bad \\u{D800} escape\") }",
        "{ a(b: \"bad \\u{00000000041} escape\") }",
        "{ a(b: \"lone \\uD800 surrogate\") }",
        "{ a(b: \"bad pair \\uD800\\u0041\") }",
        "{ a(b: \"trailing only \\uDC00\") }",
        "{ a(b: \"short \\u12",
        "{ a(b: \"\\u{12",
        "{ a(b: 00) }",
        "{ a(b: 01) }",
        "{ a(b: 1.) }",
        "{ a(b: 1.a) }",
        "{ a(b: .5) }",
        "{ a(b: 1e) }",
        "{ a(b: 1e+) }",
        "{ a(b: -) }",
        "{ a(b: -a) }",
        "{ a(b: 1x) }",
        "{ a(b: 1.5.5) }",
        "{ a(b: 0x1) }",
        "{ a(b: 12_3) }",
        "{ a(b: {c}) }",
        "{ a(b: [1, 2) }",
        "{ a @ }",
        "{ a @d( }",
        "{ a: }",
        "{ a: b: c }",
        "{ ... }",
        "{ ... on }",
        "\"description\" query { a }",
        "\"description\" { a }",
        "\"description\" 123",
        "type",
        "type T {}",
        "type T { a }",
        "type T { a: }",
        "type T { a(): Int }",
        "type T implements { a: Int }",
        "type T implements A & { a: Int }",
        "enum E { true }",
        "enum E { null }",
        "enum E { A, false }",
        "union U = ",
        "union U = | ",
        "input I { a: Int = $v }",
        "directive @d on",
        "directive @d on UNKNOWN",
        "directive @d repeatable FIELD",
        "directive d on FIELD",
        "extend",
        "extend type T",
        "extend scalar S",
        "extend union U",
        "extend enum E",
        "extend input I",
        "extend interface I",
        "extend schema",
        "extend foo T",
        "extend 1",
        "schema { }",
        "schema { query Q }",
        "schema { foo: Q }",
        "scalar",
        "{ a(b: \"\"\"ok\"\"\" c) }",
        "query Q(a: Int) { a }",
        "{ a }\n\n  query ?",
        "{\r\n  a\r\n  ?\r\n}",
        "{\r  a\r  ?\r}",
        "{ a(s: \"caf\u{e9}\") ? }",
        "{ a(s: \"\u{1F600}\u{1F600}\") ? }",
    ]
}
