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
        "SingleFieldSubscriptionsRule": [
            "subscription { catSubscribe { name } }",
            "subscription S { catSubscribe { name } dogSubscribe { name } }",
            "subscription { catSubscribe { name } ...F } fragment F on SubscriptionRoot { dogSubscribe { name } d2: dogSubscribe { name } }",
            "subscription S { __typename }",
            "subscription { __typename catSubscribe { name } }",
            "subscription { catSubscribe { name } dogSubscribe @skip(if: true) { name } }",
            "subscription { ... on SubscriptionRoot { catSubscribe { name } } ... on QueryRoot { dog { name } } }",
        ],
        "KnownTypeNamesRule": [
            "query Foo($var: String, $required: [Int!]!) { user(id: 4) { pets { ... on Pet { name }, ...PetFields } } } fragment PetFields on Pet { name }",
            "query Foo($var: JumbledUpLetters) { user(id: 4) { name pets { ... on Badger { name }, ...PetFields } } } fragment PetFields on Peat { name }",
            "query ($a: Strin, $b: [Boolen!], $c: Do) { a }",
            "query ($a: Cow) { a } type Cow { a: Int }",
        ],
        "FragmentsOnCompositeTypesRule": [
            "fragment validFragment on Dog { barks }",
            "fragment scalarFragment on Boolean { bad }",
            "fragment enumFragment on FurColor { bad }",
            "fragment inputFragment on ComplexInput { stringField }",
            "fragment f on Cat { ... on Boolean { somethingElse } ... { meows } ... on Unknown { x } }",
        ],
        "VariablesAreInputTypesRule": [
            "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { field(a: $a, b: $b, c: $c) }",
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet, $d: Unknown) { field(a: $a, b: $b, c: $c) }",
        ],
        "ScalarLeafsRule": [
            "fragment f on Dog { barks }",
            "query directQueryOnObjectWithoutSubFields { human }",
            "{ human { pets } }",
            "fragment f on Dog { barks { sinceWhen } }",
            "fragment f on Cat { furColor { inHexDec } }",
            "fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }",
            "{ human { relatives } }",
            "{ catOrDog }",
            "{ __typename { a } __schema }",
        ],
        "FieldsOnCorrectTypeRule": [
            "fragment f on Dog { meowVolume }",
            "fragment f on Dog { deeper { fieldName } }",
            "fragment f on Pet { tailLength }",
            "fragment f on Pet { nickname }",
            "fragment f on CatOrDog { name }",
            "fragment f on CatOrDog { meowsVolume }",
            "fragment f on Canine { nickname }",
            "fragment f on Dog { __typename name unknown_field ... on Dog { barkVolumes } }",
            "{ __schema { types { name } } __type(name: \"Dog\") { name } dog { __schema __typename } }",
            "fragment f on Human { nme rlatives pets }",
            "fragment f on Mammal { name nickname }",
        ],
        "PossibleFragmentSpreadsRule": [
            "fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }",
            "fragment f on Dog { ... on Cat { meowVolume } }",
            "fragment f on Dog { ...catFragment } fragment catFragment on Cat { meows }",
            "fragment f on Pet { ...humanFragment ... on Human { name } } fragment humanFragment on Human { name }",
            "fragment f on CatOrDog { ... on Pet { name } ...mammal } fragment mammal on Mammal { mother { __typename } }",
            "fragment f on Human { ...catOrDog ... on Canine { name } } fragment catOrDog on CatOrDog { __typename }",
            "fragment f on Dog { ...unknown ... on Unknown { a } ...scalar } fragment scalar on Boolean { a }",
        ],
        "KnownDirectivesRule": [
            "{ dog @include(if: true) { name } human @skip(if: false) { name } }",
            "{ dog @unknown(directive: \"value\") { name } }",
            "query Foo($var: Boolean @onQuery) @onMutation { name @include(if: $var) ...Frag @onQuery @include(if: true) skippedField @skip(if: true) ...SkippedFrag @skip(if: true) ... @onQuery { a } }",
            "mutation M @onQuery { a } subscription S @onSubscription @onField { a } fragment F on Dog @onFragmentDefinition @onQuery { a }",
            "query Q($v: Int @onVariableDefinition @deprecated) { a }",
        ],
        "KnownArgumentNamesRule": [
            "fragment f on Dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: true) }",
            "fragment f on Dog { doesKnowCommand(dogCommand: SIT, unknown: true) name(surnam: true) }",
            "fragment f on Dog { doesKnowCommand(dogcommand: true) }",
            "{ dog @skip(unless: true, iff: false) { name } }",
            "{ dog @onField(a: 1) @unknown(a: 1) { name(surname: true, x: 1) } }",
            "{ unknownField(a: 1) dog { unknown(a: 1) } }",
            "{ __type(name: \"Dog\", nam: \"x\") { name } }",
        ],
        "ProvidedRequiredArgumentsRule": [
            "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } }",
            "{ complicatedArgs { multipleReqs(req2: 2) nonNullIntArgField } }",
            "{ complicatedArgs { multipleReqs multipleOptAndReq(opt1: 1) } }",
            "{ dog @include { name @skip } }",
            "query Q @withArgs { a } { b @withArgs(b: \"x\") }",
            "{ __type { name } }",
        ],
        "VariablesInAllowedPositionRule": [
            "query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }",
            "query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
            "query Query($intArg: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
            "query Query($intArg: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
            "query Query($intArg: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intArg) } }",
            "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }",
            "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) stringListNonNullArgField(stringListNonNullArg: [$stringVar]) } }",
            "query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }",
            "query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) { name } }",
            "query Query($stringVar: String) { complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: $stringVar, intField: $stringVar}) } }",
            "query Query($a: [String]!) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $a) } }",
            "query Query($a: Int!) { ...F } fragment F on QueryRoot { complicatedArgs { stringArgField(stringArg: $a) } }",
            "query Query($a: ComplexInput!) { complicatedArgs { complexArgField(complexArg: $a) } }",
        ],
        "ValuesOfCorrectTypeRule": [
            "{ complicatedArgs { intArgField(intArg: 2) floatArgField(floatArg: 1) idArgField(idArg: 1) stringArgField(stringArg: \"s\") enumArgField(enumArg: BROWN) } }",
            "{ complicatedArgs { stringArgField(stringArg: 1) booleanArgField(booleanArg: \"true\") intArgField(intArg: 1.5) floatArgField(floatArg: true) idArgField(idArg: 1.0) } }",
            "{ complicatedArgs { intArgField(intArg: 3000000000) intArgField2: intArgField(intArg: \"3\") enumArgField(enumArg: \"BROWN\") e2: enumArgField(enumArg: brown) e3: enumArgField(enumArg: PURPLE) e4: enumArgField(enumArg: 1) } }",
            "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2, null]) stringListNonNullArgField(stringListNonNullArg: [\"a\", null]) s2: stringListArgField(stringListArg: \"single\") s3: stringListArgField(stringListArg: [[\"nested\"]]) } }",
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) multipleReqs(req1: \"one\", req2: null) } }",
            "{ complicatedArgs { complexArgField(complexArg: {intField: 4}) c2: complexArgField(complexArg: {requiredField: true, nonNullField: null, unknownField: 1, intFeld: 2}) c3: complexArgField(complexArg: [1]) c4: complexArgField(complexArg: 1) } }",
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: [\"a\", 1], booleanField: 2}) } }",
            "{ dog { isHouseTrained(atOtherHomes: {a: 1}) doesKnowCommand(dogCommand: {x: SIT}) } }",
            "query Q($a: Int = \"one\", $b: String = 4, $c: ComplexInput = {requiredField: 1}, $d: [Int] = [1, \"2\"], $e: Int! = null) { dog { name } }",
            "{ dog @include(if: \"yes\") { name @skip(if: 1) } }",
            "{ invalidArg(arg: 123) anyArg(arg: {a: [1, $v], b: X}) }",
            "{ dog @unknown(a: 1) { name @include(if: true, extra: \"x\") } }",
            "{ complicatedArgs { intArgField(intArg: -2147483649) i2: intArgField(intArg: 2147483647) f: floatArgField(floatArg: 1e500) } }",
        ],
        "OverlappingFieldsCanBeMergedRule": [
            "fragment f on Dog { name otherName: name }",
            "fragment f on Dog { fido: name fido: nickname }",
            "fragment f on Dog { name: nickname name }",
            "fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }",
            "fragment f on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }",
            "fragment f on Dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) }",
            "fragment f on Dog { doesKnowCommand(dogCommand: $a) doesKnowCommand(dogCommand: $b) }",
            "{ ...A ...B } fragment A on QueryRoot { x: dog { name } } fragment B on QueryRoot { x: cat { name } }",
            "{ f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } } fragment A on Type { x: a } fragment B on Type { x: b }",
            "{ field { x: a } field { x: b } }",
            "{ field { x: a y: c } field { x: b y: d } }",
            "{ field { deepField { x: a } deepField { x: b } } field { deepField { y } } }",
            "{ field { ...F } field { ...F } } fragment F on T { deepField { deeperField { x: a } deeperField { x: b } } deepField { deeperField { y } } }",
            "{ field { ...F } } fragment F on T { a ...G } fragment G on T { a: b }",
            "{ catOrDog { ... on Dog { name: barkVolume } ... on Cat { name: meowsVolume } } }",
            "{ pet { ... on Dog { name: barkVolume } ... on Cat { name } } }",
            "{ catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: furColor } } }",
            "{ dog { name } ...on QueryRoot { dog { name: nickname } } }",
            "{ pet { ... on Dog { mother { name } } ... on Cat { mother: nickname } } }",
            "{ human { relatives { name } } human { relatives: pets { name } } }",
            "{ catOrDog { ... on Dog { name: nickname } ... on Cat { name } } }",
            "{ dog { ...F } } fragment F on Dog { ...F name: nickname name }",
            "fragment A on Dog { ...B name } fragment B on Dog { ...A name: nickname }",
            "{ a: dog { name } a: cat { name } a: human { name } }",
            "{ dog { x: name x: barkVolume x: nickname } }",
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }",
            "{ pet { ... on Dog { name(surname: true) } ... on Cat { name(surname: false) } } pet { name(surname: true) } }",
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
        LanguageFixtures.kitchenSinkQuery,
        "{ " + String(repeating: "unknownField ", count: 150) + "}",
        """
        query Q($a: Int, $b: Boolean!, $unused: [String]) @onQuery {
          dog @include(if: $b) @skip(if: $a) {
            name(surname: $a) nickname: barkVolume
            ...DogFields @onFragmentSpread
            ... on Cat { meows }
            doesKnowCommand(dogCommand: SITT)
            isHouseTrained(atOtherHomes: null, atOtherHomes: true)
          }
          complicatedArgs {
            complexArgField(complexArg: {requiredField: $a, stringListField: ["a", 1]})
            multipleReqs(req1: 1)
          }
          human(id: $undefined) { pets { name ... on Dog { barks } } relatives }
        }
        fragment DogFields on Dog { name: nickname ...Missing barks @onField(x: 1) }
        fragment Unused on Cat { meows }
        mutation { dog }
        """,
        "{ dog { name } }",
        "query Q($a: Int, $a: Int) { dog @onField @onField { ...F ...G } } fragment F on Dog { ...F }",
        "{ a } { b } query A { c } query A { d }",
    ]
}
