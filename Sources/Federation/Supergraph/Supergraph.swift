import GraphQL

/// A composed supergraph: its SDL, the API schema clients see, the subgraphs
/// it routes to, and the per-field routing facts the planner reads.
public final class Supergraph: Sendable {
    /// The deterministic printout of the supergraph.
    public let sdl: String
    /// What clients see: no join__/link__ definitions, no @inaccessible elements.
    public let apiSchema: Schema
    /// Name and routing URL of each subgraph (the SDL is empty here).
    public let subgraphs: [SubgraphDefinition]
    let model: SupergraphModel
    let graph: FederatedGraph
    /// Progressive `@override` labels the supergraph uses, sorted.
    public let overrideLabels: [String]
    /// `percent(N)` labels with their N.
    let percentLabels: [(label: String, percent: Double)]

    public init(sdl text: String) throws {
        let document = try parse(text, limits: .schema)
        model = try SupergraphReader.read(document)
        sdl = SupergraphPrinter(model: model, mode: .supergraph).print()
        subgraphs = model.graphs.map { SubgraphDefinition(name: $0.name, url: $0.url, sdl: "") }
        let apiSDL = SupergraphPrinter(model: model, mode: .api).print()
        apiSchema = try Schema(document: parse(apiSDL))
        graph = FederatedGraph(model)
        var labels: Set<String> = []
        for type in model.types {
            for field in type.fields {
                for join in field.joinFields {
                    if let label = join.overrideLabel { labels.insert(label) }
                }
            }
        }
        overrideLabels = labels.sorted()
        percentLabels = overrideLabels.compactMap { label in
            guard label.hasPrefix("percent("), label.hasSuffix(")"),
                let value = Double(label.dropFirst("percent(".count).dropLast())
            else { return nil }
            return (label, value)
        }
    }

    /// The SDL of the API schema.
    public var apiSDL: String { SupergraphPrinter(model: model, mode: .api).print() }

    /// The supergraph with each subgraph's routing URL replaced where `urls` names one.
    public func overridingURLs(_ urls: [String: String]) throws -> Supergraph {
        var copy = model
        for index in copy.graphs.indices {
            if let url = urls[copy.graphs[index].name] { copy.graphs[index].url = url }
        }
        return try Supergraph(sdl: SupergraphPrinter(model: copy, mode: .supergraph).print())
    }
}
