/// Bounds on the work a parse may do, so hostile documents fail fast and
/// never exhaust the stack.
///
/// Each limit stops the parse at the token that crosses it, with a syntax error located
/// there, before any validation or execution work.
public struct ParseLimits: Sendable, Hashable {
    /// The most tokens a document may hold (graphql-js `maxTokens`).
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values, and list types.
    public var maxDepth: Int
    /// The most fields with an alias a document may hold.
    public var maxAliases: Int
    /// The most directive applications a document may hold.
    public var maxDirectives: Int

    public init(
        maxTokens: Int = 15_000, maxDepth: Int = 200, maxAliases: Int = 1_000,
        maxDirectives: Int = 1_000
    ) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxDirectives = maxDirectives
    }

    /// For requests from clients.
    public static let `default` = ParseLimits()

    /// For trusted type system documents, which can be long but not deep.
    public static let schema = ParseLimits(
        maxTokens: .max, maxDepth: 200, maxAliases: .max, maxDirectives: .max)
}
