/// Validates an executable document against a schema (spec 5) with graphql-js 16's
/// rules, in its order, so the same errors come out in the same order.
///
/// After `maxErrors` errors, one more says validation was aborted and it stops.
public func validate(_ document: Document, against schema: Schema, maxErrors: Int = 100)
    -> [GraphQLError]
{
    validate(document, against: schema, rules: specifiedRules, maxErrors: maxErrors)
}

func validate(
    _ document: Document, against schema: Schema, rules: [any ValidationRule.Type],
    maxErrors: Int = 100
) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, maxErrors: maxErrors)
    let dispatcher = RuleDispatcher(
        rules: rules.map { $0.init(context: context) }, context: context)
    DocumentWalker(typeInfo: context.typeInfo, visitor: dispatcher).walk(document)
    return context.errors
}

/// The rules of spec section 5 in graphql-js's `specifiedRules` order.
let specifiedRules: [any ValidationRule.Type] = [
    ExecutableDefinitionsRule.self,
    UniqueOperationNamesRule.self,
    LoneAnonymousOperationRule.self,
    SingleFieldSubscriptionsRule.self,
    KnownTypeNamesRule.self,
    FragmentsOnCompositeTypesRule.self,
    VariablesAreInputTypesRule.self,
    ScalarLeafsRule.self,
    FieldsOnCorrectTypeRule.self,
    UniqueFragmentNamesRule.self,
    KnownFragmentNamesRule.self,
    NoUnusedFragmentsRule.self,
    PossibleFragmentSpreadsRule.self,
    NoFragmentCyclesRule.self,
    UniqueVariableNamesRule.self,
    NoUndefinedVariablesRule.self,
    NoUnusedVariablesRule.self,
    KnownDirectivesRule.self,
    UniqueDirectivesPerLocationRule.self,
    KnownArgumentNamesRule.self,
    UniqueArgumentNamesRule.self,
    ValuesOfCorrectTypeRule.self,
    ProvidedRequiredArgumentsRule.self,
    VariablesInAllowedPositionRule.self,
    OverlappingFieldsCanBeMergedRule.self,
    UniqueInputFieldNamesRule.self,
]
