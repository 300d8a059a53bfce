import GraphQL
import JSON

/// A client operation with fragments expanded, same-key fields merged and
/// every field bound to its definition: what both the planner and the
/// response shaper walk.
final class NormalizedOperation: Sendable {
    let kind: OperationType
    let name: String?
    let rootType: String
    let selections: SelectionList
    let variableDefinitions: [VariableDefinition]
    /// A canonical text of everything planning depends on: equal signatures, equal plans.
    let signature: String

    init(
        kind: OperationType, name: String?, rootType: String, selections: SelectionList,
        variableDefinitions: [VariableDefinition]
    ) {
        self.kind = kind
        self.name = name
        self.rootType = rootType
        self.selections = selections
        self.variableDefinitions = variableDefinitions
        var text = kind.rawValue + " " + (name ?? "") + "("
        for definition in variableDefinitions {
            text += "$\(definition.variable.name.value):\(SDLText.type(definition.type))"
            if let value = definition.defaultValue { text += "=" + SDLText.value(value) }
            text += ","
        }
        text += ")"
        Self.sign(selections, into: &text)
        signature = text
    }

    private static func sign(_ list: SelectionList, into text: inout String) {
        text += "{"
        for item in list.items {
            switch item {
            case .field(let field):
                if let alias = field.alias { text += alias + ":" }
                text += field.name
                if !field.arguments.isEmpty || !field.directives.isEmpty {
                    text +=
                        "(" + SelectionBuilder.signature(field.arguments, field.directives) + ")"
                }
                if let selections = field.selections { sign(selections, into: &text) }
            case .fragment(let fragment):
                text += "...\(fragment.typeCondition)"
                text += SelectionBuilder.signature([], fragment.directives)
                sign(fragment.selections, into: &text)
            }
            text += " "
        }
        text += "}"
    }
}

/// Selections under one parent type.
final class SelectionList: Sendable {
    let items: [NormalizedSelection]
    /// The fields, when `items` has no fragments and no `@skip`/`@include`:
    /// the shaper's fast path.
    let plainFields: [NormalizedField]?

    init(_ items: [NormalizedSelection]) {
        self.items = items
        var fields: [NormalizedField] = []
        var plain = true
        for item in items {
            guard case .field(let field) = item, field.conditions.isEmpty else {
                plain = false
                break
            }
            fields.append(field)
        }
        plainFields = plain ? fields : nil
    }
}

enum NormalizedSelection: Sendable {
    case field(NormalizedField)
    case fragment(NormalizedFragment)
}

/// `@skip(if:)` / `@include(if:)` with a variable or a literal.
struct Condition: Sendable, Hashable {
    enum Test: Sendable, Hashable {
        case variable(String)
        case constant(Bool)
    }

    var test: Test
    /// True for `@include`, false for `@skip`.
    var include: Bool

    func passes(_ variables: JSONObject) -> Bool {
        switch test {
        case .constant(let value): value == include
        case .variable(let name): (variables[name]?.boolValue ?? false) == include
        }
    }
}

final class NormalizedField: Sendable {
    let responseKey: String
    let name: String
    let alias: String?
    let arguments: [Argument]
    /// Directives forwarded to subgraphs, `@skip`/`@include` among them.
    let directives: [Directive]
    let conditions: [Condition]
    let parentType: String
    let type: TypeReference
    let namedType: String
    let kind: SubgraphType.Kind
    let selections: SelectionList?

    init(
        responseKey: String, name: String, alias: String?, arguments: [Argument],
        directives: [Directive],
        conditions: [Condition], parentType: String, type: TypeReference, namedType: String,
        kind: SubgraphType.Kind, selections: SelectionList?
    ) {
        self.responseKey = responseKey
        self.name = name
        self.alias = alias
        self.arguments = arguments
        self.directives = directives
        self.conditions = conditions
        self.parentType = parentType
        self.type = type
        self.namedType = namedType
        self.kind = kind
        self.selections = selections
    }

    var isAbstract: Bool { kind == .interface || kind == .union }
}

final class NormalizedFragment: Sendable {
    let typeCondition: String
    let directives: [Directive]
    let conditions: [Condition]
    let selections: SelectionList

    init(
        typeCondition: String, directives: [Directive], conditions: [Condition],
        selections: SelectionList
    ) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.conditions = conditions
        self.selections = selections
    }
}

/// A planning failure: the operation cannot be run on this supergraph.
public struct PlanningError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Builds a `NormalizedOperation` from a validated document.
struct OperationNormalizer {
    let graph: FederatedGraph
    let fragments: [String: FragmentDefinition]

    static func normalize(
        _ document: Document, operationName: String?, graph: FederatedGraph
    ) throws(PlanningError) -> NormalizedOperation {
        var fragments: [String: FragmentDefinition] = [:]
        var operations: [OperationDefinition] = []
        for definition in document.definitions {
            switch definition {
            case .fragment(let fragment): fragments[fragment.name.value] = fragment
            case .operation(let operation): operations.append(operation)
            default: continue
            }
        }
        let chosen: OperationDefinition
        if let operationName {
            guard let match = operations.first(where: { $0.name?.value == operationName }) else {
                throw PlanningError("Unknown operation named \"\(operationName)\".")
            }
            chosen = match
        } else {
            guard operations.count == 1 else {
                throw PlanningError(
                    operations.isEmpty
                        ? "Must provide an operation."
                        : "Must provide operation name if query contains multiple operations.")
            }
            chosen = operations[0]
        }
        guard let rootType = graph.rootTypes[chosen.operation] else {
            throw PlanningError(
                "Schema is not configured to execute \(chosen.operation.rawValue) operation.")
        }
        let normalizer = OperationNormalizer(graph: graph, fragments: fragments)
        var visiting: Set<String> = []
        let selections = try normalizer.list(
            chosen.selectionSet, parent: rootType, visiting: &visiting)
        return NormalizedOperation(
            kind: chosen.operation, name: chosen.name?.value, rootType: rootType,
            selections: selections,
            variableDefinitions: chosen.variableDefinitions)
    }

    private func list(
        _ set: SelectionSet, parent: String, visiting: inout Set<String>
    ) throws(PlanningError) -> SelectionList {
        var items: [NormalizedSelection] = []
        try collect(set.selections, parent: parent, into: &items, visiting: &visiting)
        return SelectionList(items)
    }

    private func collect(
        _ selections: [Selection], parent: String, into items: inout [NormalizedSelection],
        visiting: inout Set<String>
    ) throws(PlanningError) {
        guard let parentInfo = graph.types[parent] else {
            throw PlanningError("Unknown type \"\(parent)\".")
        }
        for selection in selections {
            switch selection {
            case .field(let field):
                try addField(field, parent: parentInfo, into: &items, visiting: &visiting)
            case .inlineFragment(let fragment):
                try addFragment(
                    condition: fragment.typeCondition?.value ?? parent,
                    directives: fragment.directives,
                    selections: fragment.selectionSet, parent: parentInfo, into: &items,
                    visiting: &visiting)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard let definition = fragments[name] else {
                    throw PlanningError("Unknown fragment \"\(name)\".")
                }
                guard !visiting.contains(name) else {
                    throw PlanningError("Cannot spread fragment \"\(name)\" within itself.")
                }
                visiting.insert(name)
                try addFragment(
                    condition: definition.typeCondition.value, directives: spread.directives,
                    selections: definition.selectionSet, parent: parentInfo, into: &items,
                    visiting: &visiting)
                visiting.remove(name)
            }
        }
    }

    private func addFragment(
        condition: String, directives: [Directive], selections: SelectionSet,
        parent: FederatedGraph.TypeInfo, into items: inout [NormalizedSelection],
        visiting: inout Set<String>
    ) throws(PlanningError) {
        let conditions = Self.conditions(directives)
        if conditions.contains(where: { $0.test == .constant(!$0.include) }) { return }
        let live = conditions.filter { if case .variable = $0.test { true } else { false } }
        let isCondition = { (directive: Directive) in
            ["skip", "include"].contains(directive.name.value)
        }
        // `... @include(if: $x) { a b }` is `a @include(if: $x) b @include(if: $x)`: with
        // the test on each field, fields that move to another subgraph keep it, and their
        // fetch becomes a condition node instead of always being sent.
        if !live.isEmpty, directives.allSatisfy(isCondition) {
            let pushed = SelectionSet(
                selections: selections.selections.map { Self.adding(directives, to: $0) },
                location: selections.location)
            try addFragment(
                condition: condition, directives: [], selections: pushed, parent: parent,
                into: &items, visiting: &visiting)
            return
        }
        let kept = directives.filter { !isCondition($0) || !live.isEmpty }
        if !parent.isAbstract {
            guard graph.isPossible(parent.name, of: condition) else { return }
            if live.isEmpty {
                try collect(
                    selections.selections, parent: parent.name, into: &items, visiting: &visiting)
                return
            }
            let inner = try list(selections, parent: parent.name, visiting: &visiting)
            items.append(
                .fragment(
                    NormalizedFragment(
                        typeCondition: parent.name, directives: kept, conditions: live,
                        selections: inner)))
            return
        }
        if condition == parent.name && live.isEmpty {
            try collect(
                selections.selections, parent: parent.name, into: &items, visiting: &visiting)
            return
        }
        let inner = try list(selections, parent: condition, visiting: &visiting)
        items.append(
            .fragment(
                NormalizedFragment(
                    typeCondition: condition, directives: kept, conditions: live, selections: inner)
            ))
    }

    private static func adding(_ directives: [Directive], to selection: Selection) -> Selection {
        switch selection {
        case .field(var field):
            field.directives += directives
            return .field(field)
        case .inlineFragment(var fragment):
            fragment.directives += directives
            return .inlineFragment(fragment)
        case .fragmentSpread(var spread):
            spread.directives += directives
            return .fragmentSpread(spread)
        }
    }

    private func addField(
        _ field: Field, parent: FederatedGraph.TypeInfo, into items: inout [NormalizedSelection],
        visiting: inout Set<String>
    ) throws(PlanningError) {
        let conditions = Self.conditions(field.directives)
        if conditions.contains(where: { $0.test == .constant(!$0.include) }) { return }
        let live = conditions.filter { if case .variable = $0.test { true } else { false } }
        let directives = field.directives.filter {
            !["skip", "include"].contains($0.name.value) || !live.isEmpty
        }
        let name = field.name.value
        let responseKey = field.responseKey

        let type: TypeReference
        let namedType: String
        let kind: SubgraphType.Kind
        if name == "__typename" {
            type = .nonNull(.named(Name("String")))
            namedType = "String"
            kind = .scalar
        } else if name == "__schema" || name == "__type" {
            throw PlanningError("Introspection fields are answered by the gateway, not planned.")
        } else {
            guard let definition = parent.fields[name] else {
                throw PlanningError("Cannot query field \"\(name)\" on type \"\(parent.name)\".")
            }
            type = definition.type
            namedType = definition.namedType
            kind = graph.types[namedType]?.kind ?? .scalar
        }

        // Merge with an earlier field of the same response key (spec 5.3.2 guarantees they agree).
        if live.isEmpty,
            let index = items.firstIndex(where: {
                if case .field(let other) = $0 {
                    other.responseKey == responseKey && other.conditions.isEmpty
                } else {
                    false
                }
            }),
            case .field(let earlier) = items[index]
        {
            guard let set = field.selectionSet, let earlierSelections = earlier.selections else {
                return
            }
            var merged = earlierSelections.items
            try collect(set.selections, parent: namedType, into: &merged, visiting: &visiting)
            items[index] = .field(earlier.replacing(selections: SelectionList(merged)))
            return
        }
        let selections = try field.selectionSet.map { set throws(PlanningError) in
            try list(set, parent: namedType, visiting: &visiting)
        }
        items.append(
            .field(
                NormalizedField(
                    responseKey: responseKey, name: name, alias: field.alias?.value,
                    arguments: field.arguments,
                    directives: directives, conditions: live, parentType: parent.name, type: type,
                    namedType: namedType, kind: kind, selections: selections)))
    }

    static func conditions(_ directives: [Directive]) -> [Condition] {
        directives.compactMap { directive in
            let name = directive.name.value
            guard name == "skip" || name == "include", let value = directive.argument("if") else {
                return nil
            }
            switch value.kind {
            case .variable(let variable):
                return Condition(test: .variable(variable.name.value), include: name == "include")
            case .boolean(let flag):
                return Condition(test: .constant(flag), include: name == "include")
            default: return nil
            }
        }
    }
}

extension NormalizedField {
    func replacing(arguments: [Argument]) -> NormalizedField {
        NormalizedField(
            responseKey: responseKey, name: name, alias: alias, arguments: arguments,
            directives: directives, conditions: conditions, parentType: parentType, type: type,
            namedType: namedType, kind: kind, selections: selections)
    }

    func replacing(selections: SelectionList) -> NormalizedField {
        NormalizedField(
            responseKey: responseKey, name: name, alias: alias, arguments: arguments,
            directives: directives,
            conditions: conditions, parentType: parentType, type: type, namedType: namedType,
            kind: kind,
            selections: selections)
    }
}
