import Federation
import GraphQL
import Observability

/// What a gateway serves and where its shared state lives.
public struct GatewayConfiguration: Sendable {
    public var supergraph: Supergraph
    /// The HS256 secret access tokens are signed with; nil leaves token checks to the subgraphs.
    public var jwtSecret: [UInt8]?
    public var jwtIssuer: String
    /// Shared store for persisted queries; nil keeps them in this process only.
    public var redis: (any SharedQueryStore)?
    /// How long Redis keeps a persisted query, in seconds.
    public var persistedQueryTTL: Int
    public var parseLimits: ParseLimits
    /// The most fields an operation may select once every fragment spread is written out.
    public var maxExpandedFields: Int
    /// Seconds to wait for one subgraph response.
    public var subgraphTimeout: Double
    /// Entries in each in-process cache (documents, validations, plans, persisted queries).
    public var cacheCapacity: Int
    public var logger: Logger
    public var metrics: Metrics
    /// When set, only these operations run and persisted-query registration is off.
    public var safelist: Safelist?

    public init(
        supergraph: Supergraph, jwtSecret: [UInt8]? = nil, jwtIssuer: String = "xpgraph",
        redis: (any SharedQueryStore)? = nil, persistedQueryTTL: Int = 7 * 86_400,
        parseLimits: ParseLimits = .default, subgraphTimeout: Double = 30,
        cacheCapacity: Int = 2_000, logger: Logger = Logger(), metrics: Metrics = Metrics(),
        safelist: Safelist? = nil, maxExpandedFields: Int = 50_000
    ) {
        self.supergraph = supergraph
        self.jwtSecret = jwtSecret
        self.jwtIssuer = jwtIssuer
        self.redis = redis
        self.persistedQueryTTL = persistedQueryTTL
        self.parseLimits = parseLimits
        self.subgraphTimeout = subgraphTimeout
        self.cacheCapacity = cacheCapacity
        self.logger = logger
        self.metrics = metrics
        self.safelist = safelist
        self.maxExpandedFields = maxExpandedFields
    }
}
