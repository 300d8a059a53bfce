import GraphQL
import JSON

/// The SDL of a live endpoint from the answer to the standard introspection query.
public enum IntrospectionSDL {
    /// Asks for every type, field, argument, input field, enum value and directive, with
    /// deprecated ones, descriptions, `specifiedByURL`, `isRepeatable` and `isOneOf`.
    public static let query = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """

    /// SDL in `printSchema` layout, from a response's `data` (or the whole response).
    public static func sdl(from response: JSON) throws -> String {
        let data = response["data"] ?? response
        guard let root = data["__schema"]?.objectValue else {
            if let message = response["errors"]?[0]?["message"]?.stringValue {
                throw ToolError("The endpoint answered with an error: \(message)")
            }
            throw ToolError("The response has no data.__schema.")
        }
        var parts: [String] = []
        var operations: [String] = []
        for (key, operation) in [
            ("queryType", "query"), ("mutationType", "mutation"),
            ("subscriptionType", "subscription"),
        ] {
            if let name = root[key]?["name"]?.stringValue {
                operations.append("  \(operation): \(name)")
            }
        }
        parts.append(
            description(root["description"]) + "schema {\n" + operations.joined(separator: "\n")
                + "\n}")
        for type in root["types"]?.arrayValue ?? [] {
            guard let name = type["name"]?.stringValue, !name.hasPrefix("__"),
                BuiltInScalar(rawValue: name) == nil
            else { continue }
            parts.append(try typeDefinition(type, name: name))
        }
        let specified: Set<String> = ["skip", "include", "deprecated", "specifiedBy", "oneOf"]
        for directive in root["directives"]?.arrayValue ?? [] {
            guard let name = directive["name"]?.stringValue, !specified.contains(name) else {
                continue
            }
            let locations = (directive["locations"]?.arrayValue ?? []).compactMap(\.stringValue)
            parts.append(
                description(directive["description"]) + "directive @\(name)"
                    + arguments(directive["args"])
                    + (directive["isRepeatable"]?.boolValue == true ? " repeatable" : "")
                    + " on " + locations.joined(separator: " | "))
        }
        let schema = try Schema(sdl: parts.joined(separator: "\n\n"))
        return printSchema(schema)
    }

    private static func typeDefinition(_ type: JSON, name: String) throws -> String {
        let head = description(type["description"])
        switch type["kind"]?.stringValue {
        case "SCALAR":
            var text = head + "scalar \(name)"
            if let url = type["specifiedByURL"]?.stringValue {
                text += " @specifiedBy(url: \(literal(url)))"
            }
            return text
        case "OBJECT", "INTERFACE":
            let keyword = type["kind"]?.stringValue == "OBJECT" ? "type" : "interface"
            let interfaces = (type["interfaces"]?.arrayValue ?? []).compactMap {
                $0["name"]?.stringValue
            }
            let fields = (type["fields"]?.arrayValue ?? []).map { field in
                "  " + description(field["description"], indent: "  ")
                    + (field["name"]?.stringValue ?? "") + arguments(field["args"]) + ": "
                    + typeReference(field["type"]) + deprecation(field)
            }
            return head + "\(keyword) \(name)"
                + (interfaces.isEmpty ? "" : " implements " + interfaces.joined(separator: " & "))
                + " {\n" + fields.joined(separator: "\n") + "\n}"
        case "UNION":
            let members = (type["possibleTypes"]?.arrayValue ?? []).compactMap {
                $0["name"]?.stringValue
            }
            return head + "union \(name) = " + members.joined(separator: " | ")
        case "ENUM":
            let values = (type["enumValues"]?.arrayValue ?? []).map { value in
                "  " + description(value["description"], indent: "  ")
                    + (value["name"]?.stringValue ?? "") + deprecation(value)
            }
            return head + "enum \(name) {\n" + values.joined(separator: "\n") + "\n}"
        case "INPUT_OBJECT":
            let fields = (type["inputFields"]?.arrayValue ?? []).map {
                "  " + inputValue($0, indent: "  ")
            }
            return head + "input \(name)"
                + (type["isOneOf"]?.boolValue == true ? " @oneOf" : "") + " {\n"
                + fields.joined(separator: "\n") + "\n}"
        default:
            throw ToolError("The type \(name) has an unknown kind.")
        }
    }

    private static func arguments(_ list: JSON?) -> String {
        let items = (list?.arrayValue ?? []).map { inputValue($0, indent: "") }
        return items.isEmpty ? "" : "(" + items.joined(separator: ", ") + ")"
    }

    private static func inputValue(_ value: JSON, indent: String) -> String {
        var text = description(value["description"], indent: indent)
        text += (value["name"]?.stringValue ?? "") + ": " + typeReference(value["type"])
        if let defaultValue = value["defaultValue"]?.stringValue { text += " = " + defaultValue }
        return text + deprecation(value)
    }

    private static func typeReference(_ type: JSON?) -> String {
        switch type?["kind"]?.stringValue {
        case "NON_NULL": return typeReference(type?["ofType"]) + "!"
        case "LIST": return "[" + typeReference(type?["ofType"]) + "]"
        default: return type?["name"]?.stringValue ?? ""
        }
    }

    private static func deprecation(_ element: JSON) -> String {
        guard element["isDeprecated"]?.boolValue == true else { return "" }
        guard let reason = element["deprecationReason"]?.stringValue else { return " @deprecated" }
        return " @deprecated(reason: \(literal(reason)))"
    }

    private static func description(_ value: JSON?, indent: String = "") -> String {
        guard let text = value?.stringValue else { return "" }
        return literal(text) + "\n" + indent
    }

    /// A GraphQL string literal; JSON's escapes are all valid GraphQL escapes.
    private static func literal(_ text: String) -> String {
        JSON.string(text).serialized
    }
}
