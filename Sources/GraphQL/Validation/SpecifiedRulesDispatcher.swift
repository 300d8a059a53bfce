/// Forwards each node to the rules of `specifiedRules` that handle it, in that order,
/// as `RuleDispatcher` does for any list of rules.
///
/// The rules are concrete here, so each call is direct and a rule that ignores an event
/// costs nothing for it; validation with the specified rules runs through this type.
/// The per-event lists must follow `specifiedRules`' order (errors come out in it).
///
/// An optimistic dispatcher leaves out the rules that look through fragments and asks
/// the walk's record at the end whether they would report anything (`needsExactPass`).
final class SpecifiedRulesDispatcher: DocumentVisitor {
    private let context: ValidationContext
    private let isOptimistic: Bool
    private var record = WalkRecord()
    /// Set by an optimistic walk when a deferred rule would report an error.
    private(set) var needsExactPass = false
    private let executableDefinitions: ExecutableDefinitionsRule
    private let uniqueOperationNames: UniqueOperationNamesRule
    private let loneAnonymousOperation: LoneAnonymousOperationRule
    private let singleFieldSubscriptions: SingleFieldSubscriptionsRule
    private let knownTypeNames: KnownTypeNamesRule
    private let fragmentsOnCompositeTypes: FragmentsOnCompositeTypesRule
    private let variablesAreInputTypes: VariablesAreInputTypesRule
    private let scalarLeafs: ScalarLeafsRule
    private let fieldsOnCorrectType: FieldsOnCorrectTypeRule
    private let uniqueFragmentNames: UniqueFragmentNamesRule
    private let knownFragmentNames: KnownFragmentNamesRule
    private let noUnusedFragments: NoUnusedFragmentsRule
    private let possibleFragmentSpreads: PossibleFragmentSpreadsRule
    // The optimistic pass leaves these three out; they are made when first used.
    private lazy var noFragmentCycles = NoFragmentCyclesRule(context: context)
    private let uniqueVariableNames: UniqueVariableNamesRule
    private lazy var noUndefinedVariables = NoUndefinedVariablesRule(context: context)
    private lazy var noUnusedVariables = NoUnusedVariablesRule(context: context)
    private let knownDirectives: KnownDirectivesRule
    private let uniqueDirectivesPerLocation: UniqueDirectivesPerLocationRule
    private let knownArgumentNames: KnownArgumentNamesRule
    private let uniqueArgumentNames: UniqueArgumentNamesRule
    private let valuesOfCorrectType: ValuesOfCorrectTypeRule
    private let providedRequiredArguments: ProvidedRequiredArgumentsRule
    private let variablesInAllowedPosition: VariablesInAllowedPositionRule
    private let overlappingFieldsCanBeMerged: OverlappingFieldsCanBeMergedRule
    private let uniqueInputFieldNames: UniqueInputFieldNamesRule

    init(context: ValidationContext, isOptimistic: Bool) {
        self.context = context
        self.isOptimistic = isOptimistic
        executableDefinitions = ExecutableDefinitionsRule(context: context)
        uniqueOperationNames = UniqueOperationNamesRule(context: context)
        loneAnonymousOperation = LoneAnonymousOperationRule(context: context)
        singleFieldSubscriptions = SingleFieldSubscriptionsRule(context: context)
        knownTypeNames = KnownTypeNamesRule(context: context)
        fragmentsOnCompositeTypes = FragmentsOnCompositeTypesRule(context: context)
        variablesAreInputTypes = VariablesAreInputTypesRule(context: context)
        scalarLeafs = ScalarLeafsRule(context: context)
        fieldsOnCorrectType = FieldsOnCorrectTypeRule(context: context)
        uniqueFragmentNames = UniqueFragmentNamesRule(context: context)
        knownFragmentNames = KnownFragmentNamesRule(context: context)
        noUnusedFragments = NoUnusedFragmentsRule(context: context)
        possibleFragmentSpreads = PossibleFragmentSpreadsRule(context: context)
        uniqueVariableNames = UniqueVariableNamesRule(context: context)
        knownDirectives = KnownDirectivesRule(context: context)
        uniqueDirectivesPerLocation = UniqueDirectivesPerLocationRule(context: context)
        knownArgumentNames = KnownArgumentNamesRule(context: context)
        uniqueArgumentNames = UniqueArgumentNamesRule(context: context)
        valuesOfCorrectType = ValuesOfCorrectTypeRule(context: context)
        providedRequiredArguments = ProvidedRequiredArgumentsRule(context: context)
        variablesInAllowedPosition = VariablesInAllowedPositionRule(context: context)
        overlappingFieldsCanBeMerged = OverlappingFieldsCanBeMergedRule(context: context)
        uniqueInputFieldNames = UniqueInputFieldNamesRule(context: context)
    }

    var isDone: Bool { context.isAborted }

    /// Runs one rule's handler unless the error limit stopped validation.
    @inline(__always)
    private func run(_ body: () -> Void) {
        if !context.isAborted { body() }
    }

    func enterDocument(_ node: Document) {
        run { executableDefinitions.enterDocument(node) }
        run { loneAnonymousOperation.enterDocument(node) }
    }

    func leaveDocument(_ node: Document) {
        if isOptimistic {
            let checked = record.checkDeferredRules(
                variablePositions: variablesInAllowedPosition, typeInfo: context.typeInfo)
            needsExactPass = checked.hasProblems
            // The exact pass replaces this one's errors; no need to look for unused ones.
            if needsExactPass { return }
            context.usedFragmentNames = checked.usedFragments
        }
        run { noUnusedFragments.leaveDocument(node) }
    }

    func enterOperation(_ node: OperationDefinition) {
        record.enterDefinition()
        run { uniqueOperationNames.enterOperation(node) }
        run { loneAnonymousOperation.enterOperation(node) }
        run { singleFieldSubscriptions.enterOperation(node) }
        run { noUnusedFragments.enterOperation(node) }
        run { uniqueVariableNames.enterOperation(node) }
        if !isOptimistic {
            run { noUndefinedVariables.enterOperation(node) }
            run { noUnusedVariables.enterOperation(node) }
        }
        run { uniqueDirectivesPerLocation.enterOperation(node) }
        run { valuesOfCorrectType.enterOperation(node) }
        if !isOptimistic { run { variablesInAllowedPosition.enterOperation(node) } }
    }

    func leaveOperation(_ node: OperationDefinition) {
        let walked = record.leaveOperation()
        if let start = node.location?.start {
            context.walkedOperationUsages = (start, walked.usages)
            context.walkedOperationSpreads[start] = walked.spreads
        }
        if isOptimistic { return }
        run { noUndefinedVariables.leaveOperation(node) }
        run { noUnusedVariables.leaveOperation(node) }
        run { variablesInAllowedPosition.leaveOperation(node) }
    }

    func enterFragment(_ node: FragmentDefinition) {
        record.enterDefinition()
        run { fragmentsOnCompositeTypes.enterFragment(node) }
        run { uniqueFragmentNames.enterFragment(node) }
        run { noUnusedFragments.enterFragment(node) }
        if !isOptimistic { run { noFragmentCycles.enterFragment(node) } }
        run { uniqueDirectivesPerLocation.enterFragment(node) }
    }

    func leaveFragment(_ node: FragmentDefinition) {
        record.leaveFragment(named: node.name.value)
    }

    func enterVariableDefinition(_ node: VariableDefinition) {
        if record.isInDefinition { record.add(node) }
        run { variablesAreInputTypes.enterVariableDefinition(node) }
        if !isOptimistic {
            run { noUndefinedVariables.enterVariableDefinition(node) }
            run { noUnusedVariables.enterVariableDefinition(node) }
        }
        run { uniqueDirectivesPerLocation.enterVariableDefinition(node) }
        if !isOptimistic { run { variablesInAllowedPosition.enterVariableDefinition(node) } }
    }

    func enterSelectionSet(_ node: SelectionSet) {
        run { overlappingFieldsCanBeMerged.enterSelectionSet(node) }
    }

    func enterField(_ node: Field) {
        run { scalarLeafs.enterField(node) }
        run { fieldsOnCorrectType.enterField(node) }
        run { uniqueDirectivesPerLocation.enterField(node) }
        run { uniqueArgumentNames.enterField(node) }
    }

    func leaveField(_ node: Field) {
        run { providedRequiredArguments.leaveField(node) }
    }

    func enterFragmentSpread(_ node: FragmentSpread) {
        if record.isInDefinition { record.addSpread(node.name.value) }
        run { knownFragmentNames.enterFragmentSpread(node) }
        run { possibleFragmentSpreads.enterFragmentSpread(node) }
        run { uniqueDirectivesPerLocation.enterFragmentSpread(node) }
    }

    func enterInlineFragment(_ node: InlineFragment) {
        run { fragmentsOnCompositeTypes.enterInlineFragment(node) }
        run { possibleFragmentSpreads.enterInlineFragment(node) }
        run { uniqueDirectivesPerLocation.enterInlineFragment(node) }
    }

    func enterDirective(_ node: Directive, at location: DirectiveLocation) {
        run { knownDirectives.enterDirective(node, at: location) }
        run { knownArgumentNames.enterDirective(node, at: location) }
        run { uniqueArgumentNames.enterDirective(node, at: location) }
    }

    func leaveDirective(_ node: Directive, at location: DirectiveLocation) {
        run { providedRequiredArguments.leaveDirective(node, at: location) }
    }

    func enterArgument(_ node: Argument) {
        run { knownArgumentNames.enterArgument(node) }
    }

    func enterValue(_ node: Value) {
        if case .variable(let variable) = node.kind, record.isInDefinition {
            let typeInfo = context.typeInfo
            record.add(
                VariableUsage(
                    variable: variable, type: typeInfo.inputType,
                    defaultValue: typeInfo.defaultValue, parentType: typeInfo.parentInputType))
        }
        run { valuesOfCorrectType.enterValue(node) }
        run { uniqueInputFieldNames.enterValue(node) }
    }

    func leaveValue(_ node: Value) {
        run { valuesOfCorrectType.leaveValue(node) }
        run { uniqueInputFieldNames.leaveValue(node) }
    }

    func enterObjectField(_ node: ObjectField) {
        run { valuesOfCorrectType.enterObjectField(node) }
        run { uniqueInputFieldNames.enterObjectField(node) }
    }

    func enterNamedType(_ node: Name, inTypeSystem: Bool) {
        run { knownTypeNames.enterNamedType(node, inTypeSystem: inTypeSystem) }
    }

    func enterTypeSystemDefinition(_ node: Definition) {
        run { uniqueDirectivesPerLocation.enterTypeSystemDefinition(node) }
    }

    func enterFieldDefinition(_ node: FieldDefinition) {
        run { uniqueDirectivesPerLocation.enterFieldDefinition(node) }
    }

    func enterInputValueDefinition(_ node: InputValueDefinition) {
        run { uniqueDirectivesPerLocation.enterInputValueDefinition(node) }
    }

    func enterEnumValueDefinition(_ node: EnumValueDefinition) {
        run { uniqueDirectivesPerLocation.enterEnumValueDefinition(node) }
    }
}
