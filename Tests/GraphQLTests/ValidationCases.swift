/// Documents for each validation rule, valid and invalid, compared with graphql-js.
enum ValidationCases {
    static let byRule: [String: [String]] = [
        "ExecutableDefinitionsRule": [
            "{ dog { name } }",
            "query Q { dog { name } } fragment F on Dog { name }",
            "{ dog { name } } type Cow { name: String } extend type Dog { color: String }",
            "schema { query: QueryRoot } extend schema @d { query: Q } { dog { name } }",
            "directive @d on FIELD scalar S enum E { A } input I { a: Int } union U = A interface X { a: Int }",
        ],
        "UniqueOperationNamesRule": [
            "query Foo { dog { name } } query Bar { dog { name } }",
            "query Foo { dog { name } } query Foo { dog { nickname } }",
            "query Foo { dog { name } } mutation Foo { dog { name } } subscription Foo { dog }",
            "{ a } query Foo { b } fragment Foo on Dog { name }",
        ],
        "LoneAnonymousOperationRule": [
            "{ dog { name } }",
            "{ dog { name } } { cat { name } }",
            "{ dog { name } } query Named { cat { name } }",
            "{ dog { name } } fragment F on Dog { name }",
            "query A { a } query B { b }",
        ],
        "UniqueFragmentNamesRule": [
            "{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname }",
            "fragment F on Dog { name } fragment F on Dog { name } fragment F on Cat { name }",
            "fragment F on Dog { name } fragment G on Dog { name }",
        ],
        "KnownFragmentNamesRule": [
            "{ dog { ...Known ...Unknown ... on Dog { ...AlsoUnknown } } } fragment Known on Dog { name }"
        ],
        "NoUnusedFragmentsRule": [
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { ...Unused1 }
            """,
            "fragment A on Dog { name }",
            "{ dog { ...B } } fragment B on Dog { ...C } fragment C on Dog { ...B }",
        ],
        "NoFragmentCyclesRule": [
            "fragment A on Dog { ...A }",
            "fragment A on Dog { ...B } fragment B on Dog { ...A }",
            "fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A ...B }",
            "fragment A on Dog { ... on Dog { ...A } }",
            """
            fragment A on Dog { ...B ...C }
            fragment B on Dog { ...C ...A }
            fragment C on Dog { name { ...A } ...D }
            fragment D on Dog { ...E }
            fragment E on Dog { ...C ...X }
            """,
            "fragment A on Dog { ...B } fragment B on Dog { name }",
        ],
        "UniqueVariableNamesRule": [
            "query A($x: Int, $x: Int, $x: String) { a } query B($y: Int, $z: Int, $y: Int) { b }",
            "query A($x: Int, $y: Int) { a }",
        ],
        "NoUndefinedVariablesRule": [
            "query Foo($a: String) { field(a: $a, b: $b) }",
            "{ field(a: $a) { field(b: [$b, {c: $c}]) } }",
            """
            query Foo($a: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) @include(if: $c) }
            query Bar { ...FragB }
            """,
            "query Foo @dir(a: $x) { a }",
        ],
        "NoUnusedVariablesRule": [
            "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }",
            """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) }
            """,
            "query Foo($a: Int) { a } query Bar($a: Int) { a(a: $a) }",
        ],
        "UniqueDirectivesPerLocationRule": [
            "{ dog @onField @onField { name } }",
            "{ dog @repeatable @repeatable @onField @onField @onField }",
            "query Q($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery { a }",
            "fragment F on Dog @onFragmentDefinition @onFragmentDefinition { ...G @onFragmentSpread @onFragmentSpread ... @onInlineFragment @onInlineFragment { a } }",
            "{ a @unknown @unknown }",
        ],
        "UniqueArgumentNamesRule": [
            "{ field(arg1: 1, arg2: 2) }",
            "{ field(arg1: 1, arg1: 2, arg1: 3) }",
            "{ field @directive(arg1: 1, arg1: 2) }",
            "{ field(a: 1, b: 2, a: 3, b: 4) }",
        ],
        "UniqueInputFieldNamesRule": [
            "{ field(arg: { f1: 1, f2: 2 }) }",
            "{ field(arg: { f1: 1, f1: 2, f1: 3 }) }",
            "{ field(arg: { f1: { f1: 1 }, f2: { f1: 1, f1: 2 } }) }",
            "{ field(arg: [{ a: 1 }, { a: 1, a: 2 }]) }",
        ],
    ]

    /// Documents for the whole rule set, covering interactions and error order.
    static let allRules: [String] = [
        "{ dog { name } }",
        "query Q($a: Int, $a: Int) { dog @onField @onField { ...F ...G } } fragment F on Dog { ...F }",
        "{ a } { b } query A { c } query A { d }",
    ]
}
