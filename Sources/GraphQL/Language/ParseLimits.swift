/// Bounds on the work a parse may do, so hostile documents fail fast and
/// never exhaust the stack.
public struct ParseLimits: Sendable, Hashable {
    /// The most tokens a document may hold (graphql-js `maxTokens`).
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values, and list types.
    public var maxDepth: Int

    public init(maxTokens: Int = 15_000, maxDepth: Int = 200) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }

    /// For requests from clients.
    public static let `default` = ParseLimits()

    /// For trusted type system documents, which can be long but not deep.
    public static let schema = ParseLimits(maxTokens: .max, maxDepth: 200)
}
