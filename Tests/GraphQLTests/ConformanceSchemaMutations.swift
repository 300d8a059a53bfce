@testable import GraphQL

/// Seeded mutations of the fixture schemas' SDL that pass the SDL rules but break a rule
/// of `validateSchema`: a field retyped to a type of the wrong kind, an emptied type, an
/// interface added, a name reserved for introspection, a deprecated required argument or
/// input field, a non-null input object cycle. The suite compares the schema errors.
enum SchemaRuleMutationGenerator {
    static func addCases(to suite: inout ConformanceSuite, seed: UInt64, count: Int) {
        suite.addSchemaMutations(
            idPrefix: "generated-schema", seed: seed, count: count, maxMutations: 3,
            mutate: mutate(_:random:))
    }

    private static func mutate(_ document: inout Document, random: inout SplitMix64) -> String {
        var typeNames: [String] = []
        var interfaceNames: [String] = []
        var typeIndices: [Int] = []
        for (index, definition) in document.definitions.enumerated() {
            guard case .type(let type) = definition else { continue }
            typeIndices.append(index)
            typeNames.append(type.name.value)
            if case .interface = type { interfaceNames.append(type.name.value) }
        }
        guard !typeIndices.isEmpty else { return "none" }
        let index = random.pick(typeIndices)
        guard case .type(let type) = document.definitions[index] else { return "none" }
        let name = type.name.value
        let mutation = random.int(6)
        let other = random.pick(typeNames + ["String", "Int"])
        var changed: TypeDefinition
        switch (type, mutation) {
        case (.object(var object), _) where !object.fields.isEmpty:
            let fieldIndex = random.int(object.fields.count)
            edit(&object.fields[fieldIndex], mutation, other: other, owner: name)
            switch mutation {
            case 1: object.fields = []
            case 2: object.interfaces.append(Name(random.pick(interfaceNames + [name])))
            default: break
            }
            changed = .object(object)
        case (.interface(var interface), _) where !interface.fields.isEmpty:
            let fieldIndex = random.int(interface.fields.count)
            edit(&interface.fields[fieldIndex], mutation, other: other, owner: name)
            switch mutation {
            case 1: interface.fields = []
            case 2: interface.interfaces.append(Name(random.pick(interfaceNames + [name])))
            default: break
            }
            changed = .interface(interface)
        case (.inputObject(var input), _) where !input.fields.isEmpty:
            let fieldIndex = random.int(input.fields.count)
            switch mutation {
            case 0: input.fields[fieldIndex].type = retyped(input.fields[fieldIndex].type, other)
            case 1: input.fields = []
            case 3: input.fields.append(field("__mutated", .named(Name("Int"))))
            case 4:
                var required = field("required", .nonNull(.named(Name("Int"))))
                required.directives = [Directive(name: Name("deprecated"))]
                input.fields.append(required)
            default: input.fields.append(field("loop", .nonNull(.named(Name(name)))))
            }
            changed = .inputObject(input)
        case (.union(var union), _):
            if mutation == 1 {
                union.types = []
            } else {
                union.types.append(Name(other))
            }
            changed = .union(union)
        case (.enumType(var enumType), _):
            if mutation == 1 {
                enumType.values = []
            } else {
                enumType.values.append(EnumValueDefinition(name: Name("__MUTATED")))
            }
            changed = .enumType(enumType)
        default:
            return "none"
        }
        document.definitions[index] = .type(changed)
        return "rule \(mutation) on \(name)"
    }

    /// One field of an object or interface: retyped, named for introspection, or given a
    /// deprecated required argument or an argument of the other type.
    private static func edit(
        _ definition: inout FieldDefinition, _ mutation: Int, other: String, owner: String
    ) {
        switch mutation {
        case 0: definition.type = retyped(definition.type, other)
        case 3: definition.name = Name("__" + definition.name.value)
        case 4:
            var argument = field("required", .nonNull(.named(Name("Int"))))
            argument.directives = [Directive(name: Name("deprecated"))]
            definition.arguments.append(argument)
        case 5: definition.arguments.append(field("mutated", .named(Name(owner))))
        default: break
        }
    }

    private static func field(_ name: String, _ type: TypeReference) -> InputValueDefinition {
        InputValueDefinition(name: Name(name), type: type)
    }

    /// The same wrapping around another named type.
    private static func retyped(_ reference: TypeReference, _ name: String) -> TypeReference {
        switch reference {
        case .named: .named(Name(name))
        case .list(let inner, let location): .list(retyped(inner, name), location: location)
        case .nonNull(let inner, let location): .nonNull(retyped(inner, name), location: location)
        }
    }
}
