import GraphQL

extension Gateway {
    /// Stage 5: validate against the supergraph's API schema (spec 5), cached by text.
    func validateDocument(_ document: Document, query: String) throws(RequestFailure) {
        let errors: [GraphQLError]
        if let cached = validations[query] {
            errors = cached
        } else {
            errors = GraphQL.validate(document, against: configuration.supergraph.apiSchema)
            if query.utf8.count <= Self.maxCachedQueryBytes {
                validations.insert(errors, for: query)
            }
        }
        guard errors.isEmpty else {
            throw RequestFailure(errors, code: "GRAPHQL_VALIDATION_FAILED", stage: "validate")
        }
    }
}
