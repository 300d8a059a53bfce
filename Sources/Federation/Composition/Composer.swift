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
        errors += DirectiveUsageValidator.validate(schemas)
        errors += merger.errors
        let locator = Locator(schemas: schemas)
        errors += InaccessibleValidator.validate(model).map(locator.locate)
        if errors.isEmpty { errors += SatisfiabilityCheck.validate(model).map(locator.locate) }
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

/// Fills in source locations for errors found on the merged model, which
/// keeps no ranges: the element each error names, in each subgraph it names.
struct Locator {
    let schemas: [SubgraphSchema]

    func locate(_ error: CompositionError) -> CompositionError {
        guard error.locations.isEmpty, let coordinate = error.coordinate else { return error }
        var located = error
        let parts = coordinate.split(separator: ".", maxSplits: 1).map(String.init)
        for name in error.subgraphs {
            guard let schema = schemas.first(where: { $0.name == name }),
                let type = schema.types[parts[0]]
            else { continue }
            let field = parts.count > 1 ? type.field(parts[1]) : nil
            for location in schema.location(field?.location ?? type.location)
            where !located.locations.contains(location) {
                located.locations.append(location)
            }
        }
        return located
    }
}
