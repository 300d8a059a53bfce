/// Each root operation type is named once (spec 3.3.1 Root Operation Types).
final class UniqueOperationTypesRule: ValidationRule {
    private let context: ValidationContext
    private var defined: [OperationType: OperationTypeDefinition] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterTypeSystemDefinition(_ node: Definition) {
        let schema: SchemaDefinition
        switch node {
        case .schema(let definition), .schemaExtension(let definition): schema = definition
        default: return
        }
        for operationType in schema.operationTypes {
            let operation = operationType.operation
            if context.existingSchema?.rootType(for: operation) != nil {
                context.report(
                    "Type for \(operation.rawValue) already defined in the schema. It cannot be redefined.",
                    at: operationType.location)
            } else if let first = defined[operation] {
                context.report(
                    "There can be only one \(operation.rawValue) type in schema.",
                    at: first.location, operationType.location)
            } else {
                defined[operation] = operationType
            }
        }
    }
}
