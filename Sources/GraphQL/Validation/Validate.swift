/// Validates an executable document against a schema (spec 5) with graphql-js 16's
/// rules, in its order, so the same errors come out in the same order.
///
/// After `maxErrors` errors, one more says validation was aborted and it stops. A schema
/// that fails `validateSchema` answers with its errors (graphql-js throws them).
public func validate(_ document: Document, against schema: Schema, maxErrors: Int = 100)
    -> [GraphQLError]
{
    let schemaErrors = validateSchema(schema)
    if !schemaErrors.isEmpty { return schemaErrors }
    return validateWithSpecifiedRules(document, against: schema, maxErrors: maxErrors)
}

/// Validates as `validate(_:against:maxErrors:)` does, checking custom scalar literals
/// with the `parseLiteral` of `resolvers` (graphql-js calls the scalar's own).
public func validate(
    _ document: Document, against schema: Schema, resolvers: ResolverMap, maxErrors: Int = 100
) -> [GraphQLError] {
    let schemaErrors = validateSchema(schema)
    if !schemaErrors.isEmpty { return schemaErrors }
    return validateWithSpecifiedRules(
        document, against: schema, maxErrors: maxErrors, customScalars: resolvers.customScalars)
}

/// Validates with `specifiedRules` through their concrete dispatcher.
func validateWithSpecifiedRules(
    _ document: Document, against schema: Schema, maxErrors: Int = 100,
    customScalars: [String: CustomScalar] = [:]
) -> [GraphQLError] {
    // The optimistic pass defers the rules that look through fragments; its errors stand
    // when those rules have nothing to say and the error limit did not cut it short.
    // Otherwise the exact pass runs them in their places.
    for isOptimistic in [true, false] {
        let context = ValidationContext(schema: schema, document: document, maxErrors: maxErrors)
        context.customScalars = customScalars
        let dispatcher = SpecifiedRulesDispatcher(context: context, isOptimistic: isOptimistic)
        DocumentWalker(typeInfo: context.typeInfo, visitor: dispatcher).walk(document)
        if !isOptimistic || (!context.isAborted && !dispatcher.needsExactPass) {
            return context.errors
        }
    }
    preconditionFailure("the exact pass always returns")
}

func validate(
    _ document: Document, against schema: Schema, rules: [any ValidationRule.Type],
    maxErrors: Int = 100, customScalars: [String: CustomScalar] = [:]
) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, maxErrors: maxErrors)
    context.customScalars = customScalars
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

/// Validates a type system document (graphql-js `validateSDL`): the SDL rules of
/// spec sections 3 and 5, checked against `schemaToExtend` when the document extends it.
public func validateSDL(_ document: Document, schemaToExtend: Schema? = nil) -> [GraphQLError] {
    validateSDL(document, schemaToExtend: schemaToExtend, rules: specifiedSDLRules)
}

func validateSDL(
    _ document: Document, schemaToExtend: Schema?, rules: [any ValidationRule.Type]
) -> [GraphQLError] {
    let context = ValidationContext(sdl: document, schemaToExtend: schemaToExtend)
    let dispatcher = RuleDispatcher(
        rules: rules.map { $0.init(context: context) }, context: context)
    DocumentWalker(typeInfo: context.typeInfo, visitor: dispatcher).walk(document)
    return context.errors
}

/// The rules for type system documents in graphql-js's `specifiedSDLRules` order.
let specifiedSDLRules: [any ValidationRule.Type] = [
    LoneSchemaDefinitionRule.self,
    UniqueOperationTypesRule.self,
    UniqueTypeNamesRule.self,
    UniqueEnumValueNamesRule.self,
    UniqueFieldDefinitionNamesRule.self,
    UniqueArgumentDefinitionNamesRule.self,
    UniqueDirectiveNamesRule.self,
    KnownTypeNamesRule.self,
    KnownDirectivesRule.self,
    UniqueDirectivesPerLocationRule.self,
    PossibleTypeExtensionsRule.self,
    KnownArgumentNamesOnDirectivesRule.self,
    UniqueArgumentNamesRule.self,
    UniqueInputFieldNamesRule.self,
    ProvidedRequiredArgumentsOnDirectivesRule.self,
]

extension Schema {
    /// The schema SDL validation uses when it extends none: no types, no roots.
    static let emptyForSDL = Schema(types: [], queryType: nil)
}
