import GraphQL

/// How a subgraph SDL names federation's directives and scalars.
///
/// A Fed 2 subgraph links `https://specs.apollo.dev/federation/v2.x`: imported
/// names are used as given or renamed (`{name: "@key", as: "@id"}`), the others
/// carry the link's prefix (`@federation__key`, or `@fed__key` with `as: "fed"`).
/// A subgraph without that link is Fed 1 and uses the bare names.
struct FederationLink: Sendable {
    /// The minor version of the linked spec (3 for v2.3); nil for Fed 1.
    let minorVersion: Int?
    private var directives: [String: String] = [:]
    private var types: [String: String] = [:]

    var isFederation2: Bool { minorVersion != nil }

    /// Federation directives with the first v2 minor version that has them.
    static let directiveVersions: [(name: String, minor: Int)] = [
        ("key", 0), ("requires", 0), ("provides", 0), ("external", 0), ("shareable", 0),
        ("inaccessible", 0), ("tag", 0), ("override", 0), ("extends", 0),
        ("composeDirective", 1), ("interfaceObject", 3), ("authenticated", 5),
        ("requiresScopes", 5), ("policy", 6), ("context", 8), ("fromContext", 8),
        ("cost", 9), ("listSize", 9),
    ]

    /// Federation scalars with the first v2 minor version that has them.
    static let typeVersions: [(name: String, minor: Int)] = [
        ("FieldSet", 0), ("Scope", 5), ("Policy", 6), ("ContextFieldValue", 8),
    ]

    /// Reads the `@link` applications of the schema definition and extensions.
    init(document: Document) throws(GraphQLError) {
        var link: Directive?
        for definition in document.definitions {
            switch definition {
            case .schema(let schema), .schemaExtension(let schema):
                for directive in schema.directives where directive.name.value == "link" {
                    guard let url = Self.string(directive, "url"), url.contains("/federation/v")
                    else { continue }
                    if link != nil {
                        throw GraphQLError(
                            "The schema links the federation spec more than once.",
                            locations: [])
                    }
                    link = directive
                }
            default: continue
            }
        }
        guard let link, let url = Self.string(link, "url") else {
            minorVersion = nil
            for (name, since) in Self.directiveVersions where since == 0 { directives[name] = name }
            types["FieldSet"] = "_FieldSet"
            return
        }
        let version = url.split(separator: "/").last.map(String.init) ?? ""
        let parts = version.dropFirst().split(separator: ".")
        guard version.hasPrefix("v"), parts.count == 2, parts[0] == "2",
            let minor = Int(parts[1])
        else {
            throw GraphQLError("Unsupported federation version \"\(version)\" in \(url).")
        }
        minorVersion = minor
        let prefix = Self.string(link, "as") ?? "federation"
        for (name, since) in Self.directiveVersions where since <= minor {
            directives[name] = "\(prefix)__\(name)"
        }
        for (name, since) in Self.typeVersions where since <= minor {
            types[name] = "\(prefix)__\(name)"
        }
        guard
            case .list(let imports)? = link.arguments.first(where: { $0.name.value == "import" })?
                .value.kind
        else { return }
        for item in imports {
            var name: String?
            var alias: String?
            switch item.kind {
            case .string(let text, _): name = text
            case .object(let fields):
                for field in fields {
                    guard case .string(let text, _) = field.value.kind else { continue }
                    if field.name.value == "name" { name = text }
                    if field.name.value == "as" { alias = text }
                }
            default: continue
            }
            guard let name else { continue }
            if name.hasPrefix("@") {
                let bare = String(name.dropFirst())
                guard directives[bare] != nil else {
                    throw GraphQLError(
                        "Cannot import unknown element \"\(name)\" from federation v2.\(minor).")
                }
                directives[bare] =
                    alias.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
                    ?? bare
            } else {
                guard types[name] != nil else {
                    throw GraphQLError(
                        "Cannot import unknown element \"\(name)\" from federation v2.\(minor).")
                }
                types[name] = alias ?? name
            }
        }
    }

    /// The name the SDL uses for a federation directive, nil when its version lacks it.
    func directive(_ name: String) -> String? { directives[name] }

    /// The name the SDL uses for a federation scalar.
    func type(_ name: String) -> String? { types[name] }

    private static func string(_ directive: Directive, _ name: String) -> String? {
        let value = directive.arguments.first { $0.name.value == name }?.value
        if case .string(let text, _)? = value?.kind { return text }
        return nil
    }
}
