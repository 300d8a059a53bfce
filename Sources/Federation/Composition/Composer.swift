import GraphQL

/// Composes subgraph schemas into a supergraph (federation composition).
public enum Composer {
    /// Merges the subgraphs or throws `CompositionErrors` naming every rule broken.
    public static func compose(_ subgraphs: [SubgraphDefinition]) throws -> Supergraph {
        let model = try composeModel(subgraphs)
        let sdl = SupergraphPrinter(model: model, mode: .supergraph).print()
        return try Supergraph(sdl: sdl)
    }

    static func composeModel(_ definitions: [SubgraphDefinition]) throws(CompositionErrors)
        -> SupergraphModel
    {
        var errors: [CompositionError] = []
        var schemas: [SubgraphSchema] = []
        var seen: Set<String> = []
        for definition in definitions.sorted(by: { $0.name < $1.name }) {
            if !seen.insert(definition.name).inserted {
                errors.append(
                    CompositionError(
                        code: "INVALID_SUBGRAPH_NAME",
                        message: "A subgraph named \"\(definition.name)\" is listed twice",
                        subgraphs: [definition.name]))
                continue
            }
            do {
                schemas.append(try SubgraphSchema(definition))
            } catch {
                errors += error.errors
            }
        }
        guard errors.isEmpty else { throw CompositionErrors(errors) }
        guard !schemas.isEmpty else {
            throw CompositionErrors([
                CompositionError(
                    code: "NO_SUBGRAPHS", message: "No subgraphs to compose", subgraphs: [])
            ])
        }

        var merger = TypeMerger(subgraphs: schemas)
        let model = merger.merge()
        errors += SubgraphValidator.validate(schemas)
        errors += merger.errors
        errors += InaccessibleValidator.validate(model)
        if errors.isEmpty { errors += SatisfiabilityCheck.validate(model) }
        guard errors.isEmpty else { throw CompositionErrors(errors) }
        return model
    }

    /// The merged model before cross-subgraph validation, for diagnostics.
    static func composeModelUnchecked(_ definitions: [SubgraphDefinition]) throws(CompositionErrors)
        -> SupergraphModel
    {
        var schemas: [SubgraphSchema] = []
        for definition in definitions.sorted(by: { $0.name < $1.name }) {
            schemas.append(try SubgraphSchema(definition))
        }
        var merger = TypeMerger(subgraphs: schemas)
        return merger.merge()
    }

    /// `users` -> `USERS`; other characters than letters, digits and `_` become `_`.
    static func graphEnumName(_ name: String) -> String {
        var result = String(
            name.uppercased().unicodeScalars.map { scalar -> Character in
                let isWord =
                    (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                    || scalar == "_"
                return isWord ? Character(scalar) : "_"
            })
        if let first = result.unicodeScalars.first, first >= "0" && first <= "9" {
            result = "_" + result
        }
        return result
    }
}
