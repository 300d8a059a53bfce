// The Federation module: subgraph schemas, composition into a supergraph,
// query planning across subgraphs and plan execution. See docs/FEDERATION.md.

/// A subgraph as composition sees it: its name, where the gateway reaches it, its SDL.
public struct SubgraphDefinition: Sendable, Hashable {
    public var name: String
    public var url: String
    public var sdl: String

    public init(name: String, url: String, sdl: String) {
        self.name = name
        self.url = url
        self.sdl = sdl
    }
}
