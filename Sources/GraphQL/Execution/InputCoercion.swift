import JSON

/// Input coercion against a schema (spec 3.5, 3.9, 3.10 "Input Coercion"), for variable
/// values given as JSON and for literals written in a document.
struct InputCoercion {
    let schema: Schema
    var customScalars: [String: CustomScalar] = [:]

    /// One failure while coercing a JSON value: where inside it, the offending value, why.
    struct Failure {
        var path: [PathComponent]
        var value: JSON
        var message: String
    }

    /// Coerces a variable's JSON value (graphql-js `coerceInputValue`); nil when failures
    /// were reported.
    func coerce(
        _ value: JSON, to type: GraphQLType, path: [PathComponent] = [],
        failures: inout [Failure]
    ) -> JSON? {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                failures.append(
                    Failure(
                        path: path, value: value,
                        message: "Expected non-nullable type \"\(type)\" not to be null."))
                return nil
            }
            return coerce(value, to: inner, path: path, failures: &failures)
        case .list(let itemType):
            if value.isNull { return .null }
            guard case .array(let items) = value else {
                return coerce(value, to: itemType, path: path, failures: &failures).map {
                    .array([$0])
                }
            }
            var coerced: [JSON] = []
            coerced.reserveCapacity(items.count)
            var isValid = true
            for (index, item) in items.enumerated() {
                if let item = coerce(
                    item, to: itemType, path: path + [.index(index)], failures: &failures)
                {
                    coerced.append(item)
                } else {
                    isValid = false
                }
            }
            return isValid ? .array(coerced) : nil
        case .named(let name):
            if value.isNull { return .null }
            switch schema[name] {
            case .scalar(let scalar):
                if let custom = customScalars[name] {
                    do {
                        return try custom.parseValue(value)
                    } catch let error as GraphQLError {
                        failures.append(Failure(path: path, value: value, message: error.message))
                    } catch {
                        failures.append(
                            Failure(
                                path: path, value: value,
                                message: "Expected type \"\(name)\". \(error)"))
                    }
                    return nil
                }
                do {
                    return try scalar.parseValue(value)
                } catch {
                    failures.append(Failure(path: path, value: value, message: error.message))
                    return nil
                }
            case .enumType(let enumType):
                do {
                    return try enumType.parseValue(value)
                } catch {
                    failures.append(Failure(path: path, value: value, message: error.message))
                    return nil
                }
            case .inputObject(let input):
                return coerceObject(value, input, path: path, failures: &failures)
            default:
                failures.append(
                    Failure(path: path, value: value, message: "Expected type \"\(name)\"."))
                return nil
            }
        }
    }

    private func coerceObject(
        _ value: JSON, _ input: InputObjectType, path: [PathComponent],
        failures: inout [Failure]
    ) -> JSON? {
        let given: JSONObject
        switch value {
        case .object(let object):
            given = object
        case .array(let items):
            // JavaScript sees an array as an object keyed by index; graphql-js reports it so.
            given = JSONObject(
                items.enumerated().map { (key: String($0.offset), value: $0.element) })
        default:
            failures.append(
                Failure(
                    path: path, value: value,
                    message: "Expected type \"\(input.name)\" to be an object."))
            return nil
        }
        let failureCount = failures.count
        var coerced = JSONObject()
        for field in input.fields {
            guard let fieldValue = given[field.name] else {
                if let defaultValue = field.defaultValue,
                    let literal = coerceLiteral(defaultValue, to: field.type, variables: nil)
                {
                    coerced.append(field.name, literal)
                } else if field.type.isNonNull {
                    failures.append(
                        Failure(
                            path: path, value: value,
                            message:
                                "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided."
                        ))
                }
                continue
            }
            if let fieldValue = coerce(
                fieldValue, to: field.type, path: path + [.key(field.name)], failures: &failures)
            {
                coerced.append(field.name, fieldValue)
            }
        }
        for key in given.keys where input.fieldsByName[key] == nil {
            let suggestions = Suggestions.list(key, options: input.fields.map(\.name))
            failures.append(
                Failure(
                    path: path, value: value,
                    message: "Field \"\(key)\" is not defined by type \"\(input.name)\"."
                        + Suggestions.didYouMean(suggestions)))
        }
        if input.isOneOf {
            if coerced.count != 1 {
                failures.append(
                    Failure(
                        path: path, value: value,
                        message:
                            "Exactly one key must be specified for OneOf type \"\(input.name)\"."))
            } else if let member = coerced.members.first, member.value.isNull {
                failures.append(
                    Failure(
                        path: path + [.key(member.key)], value: .null,
                        message: "Field \"\(member.key)\" must be non-null."))
            }
        }
        return failures.count == failureCount ? .object(coerced) : nil
    }

    /// Coerces a literal (graphql-js `valueFromAST`); nil when it is invalid.
    ///
    /// `variables` are already coerced; a variable missing from them is invalid here.
    func coerceLiteral(_ literal: Value, to type: GraphQLType, variables: JSONObject?) -> JSON? {
        if case .variable(let variable) = literal.kind {
            guard let value = variables?[variable.name.value] else { return nil }
            if value.isNull, type.isNonNull { return nil }
            return value
        }
        switch type {
        case .nonNull(let inner):
            if case .null = literal.kind { return nil }
            return coerceLiteral(literal, to: inner, variables: variables)
        case .list(let itemType):
            if case .null = literal.kind { return .null }
            guard case .list(let items) = literal.kind else {
                return coerceLiteral(literal, to: itemType, variables: variables).map {
                    .array([$0])
                }
            }
            var coerced: [JSON] = []
            coerced.reserveCapacity(items.count)
            for item in items {
                if isMissingVariable(item, variables) {
                    if itemType.isNonNull { return nil }
                    coerced.append(.null)
                    continue
                }
                guard let value = coerceLiteral(item, to: itemType, variables: variables) else {
                    return nil
                }
                coerced.append(value)
            }
            return .array(coerced)
        case .named(let name):
            if case .null = literal.kind { return .null }
            switch schema[name] {
            case .scalar(let scalar):
                if let custom = customScalars[name] {
                    return try? custom.parseLiteral(literal.json(variables: variables))
                }
                return try? scalar.parseLiteral(literal, variables: variables)
            case .enumType(let enumType):
                return try? enumType.parseLiteral(literal)
            case .inputObject(let input):
                guard case .object(let fields) = literal.kind else { return nil }
                var coerced = JSONObject()
                for field in input.fields {
                    let node = fields.first { $0.name.value == field.name }
                    guard let node, !isMissingVariable(node.value, variables) else {
                        if let defaultValue = field.defaultValue,
                            let value = coerceLiteral(defaultValue, to: field.type, variables: nil)
                        {
                            coerced.append(field.name, value)
                        } else if field.type.isNonNull {
                            return nil
                        }
                        continue
                    }
                    guard
                        let value = coerceLiteral(node.value, to: field.type, variables: variables)
                    else { return nil }
                    coerced.append(field.name, value)
                }
                if input.isOneOf {
                    guard coerced.count == 1, coerced.members[0].value != .null else { return nil }
                }
                return .object(coerced)
            default:
                return nil
            }
        }
    }

    private func isMissingVariable(_ literal: Value, _ variables: JSONObject?) -> Bool {
        guard case .variable(let variable) = literal.kind else { return false }
        return variables?[variable.name.value] == nil
    }
}
