/// A type system has one schema definition (spec 3.3 Schema).
final class LoneSchemaDefinitionRule: ValidationRule {
    private let context: ValidationContext
    private let isAlreadyDefined: Bool
    private var definitionCount = 0

    init(context: ValidationContext) {
        self.context = context
        // Known gap: graphql-js asks whether the schema has a schema definition node; this
        // Schema keeps definitions and extensions together, so one built from
        // `extend schema` alone (without roots) also counts as defined.
        if let schema = context.existingSchema {
            isAlreadyDefined =
                !schema.nodes.isEmpty || schema.queryType != nil || schema.mutationType != nil
                || schema.subscriptionType != nil
        } else {
            isAlreadyDefined = false
        }
    }

    func enterTypeSystemDefinition(_ node: Definition) {
        guard case .schema(let schema) = node else { return }
        if isAlreadyDefined {
            context.report(
                "Cannot define a new schema within a schema extension.", at: schema.location)
            return
        }
        if definitionCount > 0 {
            context.report("Must provide only one schema definition.", at: schema.location)
        }
        definitionCount += 1
    }
}
