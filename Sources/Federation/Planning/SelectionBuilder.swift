import GraphQL

/// A mutable selection set of one subgraph fetch, built while planning.
///
/// Reference type: the planner keeps handles to nested sets while it adds
/// fields at several positions of several fetches.
final class SelectionBuilder {
    final class FieldEntry {
        let name: String
        let alias: String?
        let arguments: [Argument]
        let directives: [Directive]
        /// Arguments and directives as text, to tell same-key fields apart.
        let signature: String
        var selections: SelectionBuilder?

        init(name: String, alias: String?, arguments: [Argument], directives: [Directive]) {
            self.name = name
            self.alias = alias
            self.arguments = arguments
            self.directives = directives
            signature = SelectionBuilder.signature(arguments, directives)
        }

        var responseKey: String { alias ?? name }
    }

    final class FragmentEntry {
        let typeCondition: String
        let directives: [Directive]
        let selections = SelectionBuilder()

        init(typeCondition: String, directives: [Directive]) {
            self.typeCondition = typeCondition
            self.directives = directives
        }
    }

    enum Entry {
        case field(FieldEntry)
        case fragment(FragmentEntry)
    }

    private(set) var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    static func signature(_ arguments: [Argument], _ directives: [Directive]) -> String {
        guard !arguments.isEmpty || !directives.isEmpty else { return "" }
        var text = arguments.map { "\($0.name.value):\(SDLText.value($0.value))" }.joined(
            separator: ",")
        for directive in directives { text += SDLText.directive(directive) }
        return text
    }

    /// The entry for a client field, shared with an equal earlier one.
    func field(for field: NormalizedField) -> FieldEntry {
        let signature = Self.signature(field.arguments, field.directives)
        for case .field(let entry) in entries
        where entry.responseKey == field.responseKey && entry.name == field.name
            && entry.signature == signature
        {
            return entry
        }
        let entry = FieldEntry(
            name: field.name, alias: field.alias, arguments: field.arguments,
            directives: field.directives)
        entries.append(.field(entry))
        return entry
    }

    /// A field the planner injects (`__typename`, key fields): reuses a plain
    /// field of that name, else adds one, aliased when a client alias took its name.
    func injectedField(_ name: String) -> FieldEntry {
        var taken = false
        for case .field(let entry) in entries where entry.responseKey == name {
            if entry.name == name && entry.signature == "" { return entry }
            taken = true
        }
        for case .field(let entry) in entries
        where entry.name == name && entry.signature == "" && entry.alias?.hasPrefix("_fed_") == true
        {
            return entry
        }
        let entry = FieldEntry(
            name: name, alias: taken ? "_fed_\(name)" : nil, arguments: [], directives: [])
        if name == "__typename", !taken {
            entries.insert(.field(entry), at: 0)
        } else {
            entries.append(.field(entry))
        }
        return entry
    }

    func fragment(on typeCondition: String, directives: [Directive] = []) -> SelectionBuilder {
        let signature = Self.signature([], directives)
        for case .fragment(let entry) in entries
        where entry.typeCondition == typeCondition
            && Self.signature([], entry.directives) == signature
        {
            return entry.selections
        }
        let entry = FragmentEntry(typeCondition: typeCondition, directives: directives)
        entries.append(.fragment(entry))
        return entry.selections
    }

    /// Adds the fields of a key or `@requires` field set (plus `__typename` at the top)
    /// and returns how to read them back from response data.
    func addRepresentationFields(_ items: [FieldSet.Item], typename: Bool) -> [RepresentationField]
    {
        var result: [RepresentationField] = []
        if typename {
            result.append(
                RepresentationField(
                    name: "__typename", sourceKey: injectedField("__typename").responseKey))
        }
        for item in items {
            guard case .field(let name, _, let selections) = item else { continue }
            let entry = injectedField(name)
            var nested: [RepresentationField]?
            if !selections.isEmpty {
                let inner = entry.selections ?? SelectionBuilder()
                entry.selections = inner
                nested = inner.addRepresentationFields(selections, typename: false)
            }
            result.append(
                RepresentationField(name: name, sourceKey: entry.responseKey, selections: nested))
        }
        return result
    }

    /// The `@skip`/`@include` variable test every top-level field carries, itself or
    /// through the fragment around it (`... @include(if: $x) { ... }`), or nil when one
    /// lacks it.
    func sharedCondition() -> Condition? {
        var shared: Condition?
        var sawField = false
        func variableConditions(_ directives: [Directive]) -> [Condition] {
            OperationNormalizer.conditions(directives).filter {
                if case .variable = $0.test { true } else { false }
            }
        }
        func visit(_ builder: SelectionBuilder, inherited: Condition?) -> Bool {
            for entry in builder.entries {
                switch entry {
                case .field(let field):
                    sawField = true
                    let conditions =
                        variableConditions(field.directives) + [inherited].compactMap { $0 }
                    guard conditions.count == 1 else { return false }
                    if let shared, shared != conditions[0] { return false }
                    shared = conditions[0]
                case .fragment(let fragment):
                    let onlyConditions = fragment.directives.allSatisfy {
                        ["skip", "include"].contains($0.name.value)
                    }
                    let own = variableConditions(fragment.directives)
                    guard onlyConditions, own.count == fragment.directives.count,
                        own.count + (inherited == nil ? 0 : 1) <= 1,
                        visit(fragment.selections, inherited: own.first ?? inherited)
                    else { return false }
                }
            }
            return true
        }
        guard visit(self, inherited: nil), sawField else { return nil }
        return shared
    }

    /// The names of the variables used in arguments and directives.
    func collectVariables(into names: inout [String]) {
        for entry in entries {
            switch entry {
            case .field(let field):
                for argument in field.arguments { Self.variables(in: argument.value, into: &names) }
                for directive in field.directives {
                    for argument in directive.arguments {
                        Self.variables(in: argument.value, into: &names)
                    }
                }
                field.selections?.collectVariables(into: &names)
            case .fragment(let fragment):
                for directive in fragment.directives {
                    for argument in directive.arguments {
                        Self.variables(in: argument.value, into: &names)
                    }
                }
                fragment.selections.collectVariables(into: &names)
            }
        }
    }

    private static func variables(in value: Value, into names: inout [String]) {
        switch value.kind {
        case .variable(let variable):
            if !names.contains(variable.name.value) { names.append(variable.name.value) }
        case .list(let items): for item in items { variables(in: item, into: &names) }
        case .object(let fields): for field in fields { variables(in: field.value, into: &names) }
        default: break
        }
    }

    /// One-line text: `{ a b { c } ... on T { d } }`.
    func print(into text: inout String) {
        text += "{"
        for entry in entries {
            text += " "
            switch entry {
            case .field(let field):
                if let alias = field.alias { text += alias + ": " }
                text += field.name
                if !field.arguments.isEmpty {
                    text += "("
                    text += field.arguments.map { "\($0.name.value): \(SDLText.value($0.value))" }
                        .joined(separator: ", ")
                    text += ")"
                }
                for directive in field.directives { text += " " + SDLText.directive(directive) }
                if let selections = field.selections {
                    text += " "
                    selections.print(into: &text)
                }
            case .fragment(let fragment):
                text += "... on \(fragment.typeCondition)"
                for directive in fragment.directives { text += " " + SDLText.directive(directive) }
                text += " "
                fragment.selections.print(into: &text)
            }
        }
        text += " }"
    }

    var text: String {
        var text = ""
        print(into: &text)
        return text
    }
}

/// How to read one field of an entity representation from response data.
struct RepresentationField: Sendable, Hashable {
    /// The name in the representation (the field's name).
    var name: String
    /// The response key the value sits under (an alias when a client alias took the name).
    var sourceKey: String
    var selections: [RepresentationField]?

    static func print(_ fields: [RepresentationField]) -> String {
        fields.map { field in
            field.selections.map { "\(field.name) { \(print($0)) }" } ?? field.name
        }.joined(separator: " ")
    }
}
