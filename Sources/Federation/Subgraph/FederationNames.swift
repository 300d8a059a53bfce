import GraphQL

/// Maps the directive names a subgraph writes to federation's own names.
///
/// Fed 2 subgraphs say which names they use through
/// `@link(url: ".../federation/v2.x", as:, import: [...])`: imported names are
/// used as given (or renamed with `{name:, as:}`), the rest carry the prefix
/// (`@federation__key`). Fed 1 subgraphs use the bare names.
struct FederationNames: Sendable {
    static let directives: Set<String> = [
        "key", "requires", "provides", "external", "shareable", "inaccessible", "tag",
        "override", "composeDirective", "interfaceObject", "extends", "authenticated",
        "requiresScopes", "policy", "context", "fromContext", "cost", "listSize",
    ]

    /// Local directive name to federation name.
    private var local: [String: String] = [:]
    private(set) var isFederation2 = false
    /// The minor version of the linked federation spec, e.g. 3 for v2.3.
    private(set) var minorVersion = 0

    /// Names of directives listed by `@composeDirective`, without `@`.
    private(set) var composed: [String] = []
    /// Every `@link` on the schema, for finding the one that imports a composed directive.
    private(set) var links: [Directive] = []

    /// Reads the `@link` applications on schema definitions and extensions.
    init(document: Document) throws(CompositionError) {
        var schemaDirectives: [Directive] = []
        for definition in document.definitions {
            switch definition {
            case .schema(let schema), .schemaExtension(let schema):
                schemaDirectives += schema.directives
                for directive in schema.directives where directive.name.value == "link" {
                    links.append(directive)
                    try readLink(directive)
                }
            default: continue
            }
        }
        if !isFederation2 {
            for name in Self.directives { local[name] = name }
        }
        for directive in schemaDirectives where federationName(directive) == "composeDirective" {
            if let name = directive.stringArgument("name") {
                composed.append(name.hasPrefix("@") ? String(name.dropFirst()) : name)
            }
        }
    }

    /// The `@link` that imports `name` (a composed directive), if any.
    func link(importing name: String) -> Directive? {
        links.first { link in
            guard case .list(let items)? = link.argument("import")?.kind else { return false }
            return items.contains { item in
                switch item.kind {
                case .string(let text, _): return text == "@" + name
                case .object(let fields):
                    return fields.contains { field in
                        guard case .string(let text, _) = field.value.kind else { return false }
                        return text == "@" + name
                    }
                default: return false
                }
            }
        }
    }

    /// Whether a directive name is defined by federation or by a spec some `@link`
    /// brings in (imported by name, or namespaced as `spec__name`).
    func isKnown(_ name: String) -> Bool {
        if name == "link" || local[name] != nil || name.contains("__") { return true }
        return links.contains { link in
            guard case .list(let items)? = link.argument("import")?.kind else { return false }
            return items.contains { item in
                switch item.kind {
                case .string(let text, _): return text == "@" + name
                case .object(let fields):
                    let named =
                        fields.first { $0.name.value == "as" }
                        ?? fields.first { $0.name.value == "name" }
                    if case .string(let text, _)? = named?.value.kind { return text == "@" + name }
                    return false
                default: return false
                }
            }
        }
    }

    /// The federation name of a directive application, or nil for other directives.
    func federationName(_ directive: Directive) -> String? {
        local[directive.name.value]
    }

    private mutating func readLink(_ directive: Directive) throws(CompositionError) {
        guard let url = directive.stringArgument("url") else { return }
        guard let range = url.range(of: "/federation/v") else { return }
        let version = url[range.upperBound...]
        let parts = version.split(separator: ".")
        guard parts.first == "2" else {
            throw CompositionError(
                code: "UNKNOWN_FEDERATION_LINK_VERSION",
                message:
                    "Invalid version \(version) for the federation feature in @link direction on schema",
                subgraphs: [])
        }
        isFederation2 = true
        minorVersion = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let prefix = directive.stringArgument("as") ?? "federation"
        for name in Self.directives { local["\(prefix)__\(name)"] = name }
        guard let imports = directive.argument("import"), case .list(let items) = imports.kind
        else {
            return
        }
        for item in items {
            switch item.kind {
            case .string(let name, _):
                if name.hasPrefix("@") {
                    let bare = String(name.dropFirst())
                    local[bare] = bare
                }
            case .object(let fields):
                var name: String?
                var alias: String?
                for field in fields {
                    if case .string(let text, _) = field.value.kind {
                        if field.name.value == "name" { name = text }
                        if field.name.value == "as" { alias = text }
                    }
                }
                if let name, name.hasPrefix("@") {
                    let bare = String(name.dropFirst())
                    let localName =
                        alias.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } ?? bare
                    local[localName] = bare
                    if localName != bare, local[bare] == bare { local[bare] = nil }
                }
            default: continue
            }
        }
    }
}

extension Directive {
    func argument(_ name: String) -> Value? {
        arguments.first { $0.name.value == name }?.value
    }

    func stringArgument(_ name: String) -> String? {
        if case .string(let text, _) = argument(name)?.kind { return text }
        return nil
    }

    func boolArgument(_ name: String) -> Bool? {
        if case .boolean(let flag) = argument(name)?.kind { return flag }
        return nil
    }
}

extension String {
    /// The first occurrence of a substring, without Foundation.
    func range(of target: String) -> Range<String.Index>? {
        self.firstRange(of: target)
    }
}
