import Federation
import GraphQL
import SubgraphKit

/// Schemas from the SDL files tools are given.
public enum SchemaLoading {
    /// A plain schema, or else a federation subgraph schema as its server executes it
    /// (federation directives defined, `_service` and `_entities` added).
    /// A supergraph SDL (with `join__` directives) gives its API schema, what clients see.
    public static func schema(sdl: String) throws -> Schema {
        if sdl.contains("@join__graph") || sdl.contains("join__Graph") {
            return try Supergraph(sdl: sdl).apiSchema
        }
        if let schema = try? Schema(sdl: sdl) { return schema }
        return try SubgraphServer(
            name: "codegen", sdl: sdl, resolvers: ResolverMap(), entityResolvers: [:],
            makeContext: { _ in () }
        ).schema
    }
}
