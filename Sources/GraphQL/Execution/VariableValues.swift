import JSON

extension InputCoercion {
    /// Coerces the request's variables against the operation's definitions
    /// (spec 6.1.2 CoerceVariableValues). Variables neither given nor defaulted stay absent.
    func coerceVariables(
        _ definitions: [VariableDefinition], inputs: JSONObject?, source: Source?
    ) -> (values: JSONObject, errors: [GraphQLError]) {
        let maxErrors = 50
        var errors: [GraphQLError] = []
        var coerced = JSONObject()
        func report(_ message: String, _ range: SourceRange?) -> Bool {
            if errors.count >= maxErrors {
                errors.append(
                    GraphQLError(
                        "Too many errors processing variables, error limit reached. Execution aborted."
                    ))
                return false
            }
            errors.append(GraphQLError(message, at: [range], in: source))
            return true
        }

        for definition in definitions {
            let name = definition.variable.name.value
            let type = GraphQLType(definition.type)
            guard schema[type.namedType]?.isInputType == true else {
                let message =
                    "Variable \"$\(name)\" expected value of type \"\(type)\" which cannot be used as an input type."
                if !report(message, definition.type.location) { break }
                continue
            }
            guard let value = inputs?[name] else {
                if let defaultValue = definition.defaultValue {
                    if let value = coerceLiteral(defaultValue, to: type, variables: nil) {
                        coerced.append(name, value)
                    }
                } else if type.isNonNull {
                    let message =
                        "Variable \"$\(name)\" of required type \"\(type)\" was not provided."
                    if !report(message, definition.location) { break }
                }
                continue
            }
            if value.isNull, type.isNonNull {
                let message = "Variable \"$\(name)\" of non-null type \"\(type)\" must not be null."
                if !report(message, definition.location) { break }
                continue
            }
            var failures: [Failure] = []
            let result = coerce(value, to: type, failures: &failures)
            var keepGoing = true
            for failure in failures {
                var message =
                    "Variable \"$\(name)\" got invalid value \(Inspect.value(failure.value))"
                if !failure.path.isEmpty {
                    let printed = failure.path.map {
                        switch $0 {
                        case .key(let key): ".\(key)"
                        case .index(let index): "[\(index)]"
                        }
                    }.joined()
                    message += " at \"\(name)\(printed)\""
                }
                keepGoing = report(message + "; " + failure.message, definition.location)
                if !keepGoing { break }
            }
            if !keepGoing { break }
            if failures.isEmpty, let result { coerced.append(name, result) }
        }
        return (coerced, errors)
    }

    /// Coerces a field's or directive's arguments (spec 6.4.1 CoerceArgumentValues).
    ///
    /// Throws the first failure as graphql-js words it, located at the offending node.
    func coerceArguments(
        _ definitions: [InputValue], _ nodes: [Argument], variables: JSONObject,
        at range: SourceRange?, source: Source?
    ) throws(GraphQLError) -> JSONObject {
        var coerced = JSONObject()
        if definitions.isEmpty { return coerced }
        for definition in definitions {
            let name = definition.name
            let type = definition.type
            guard let node = nodes.first(where: { $0.name.value == name }) else {
                if let defaultValue = definition.defaultValue,
                    let value = coerceLiteral(defaultValue, to: type, variables: nil)
                {
                    coerced.append(name, value)
                } else if type.isNonNull {
                    throw GraphQLError(
                        "Argument \"\(name)\" of required type \"\(type)\" was not provided.",
                        at: [range], in: source)
                }
                continue
            }
            var isNull = false
            if case .null = node.value.kind { isNull = true }
            if case .variable(let variable) = node.value.kind {
                let variableName = variable.name.value
                guard let value = variables[variableName] else {
                    if let defaultValue = definition.defaultValue,
                        let value = coerceLiteral(defaultValue, to: type, variables: nil)
                    {
                        coerced.append(name, value)
                    } else if type.isNonNull {
                        throw GraphQLError(
                            "Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(variableName)\" which was not provided a runtime value.",
                            at: [node.value.location], in: source)
                    }
                    continue
                }
                isNull = value.isNull
            }
            if isNull, type.isNonNull {
                throw GraphQLError(
                    "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.",
                    at: [node.value.location], in: source)
            }
            guard let value = coerceLiteral(node.value, to: type, variables: variables) else {
                throw GraphQLError(
                    "Argument \"\(name)\" has invalid value \(ValuePrinter.print(node.value)).",
                    at: [node.value.location], in: source)
            }
            coerced.append(name, value)
        }
        return coerced
    }
}
