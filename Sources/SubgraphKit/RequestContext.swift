import GraphQL
import Synchronization

/// What one request carries through its resolvers: the caller, a count of the
/// SQL statements it caused, and its DataLoaders (so batching and caching never
/// leak between requests).
public final class RequestContext: Sendable {
    public let identity: Identity?
    public let loaders = LoaderRegistry()
    private let statements = Atomic<Int>(0)

    public init(identity: Identity?) {
        self.identity = identity
    }

    /// SQL statements sent on behalf of this request so far.
    public var sqlStatements: Int { statements.load(ordering: .relaxed) }

    /// Counts one SQL statement; call it for every statement sent.
    public func countStatement() { statements.add(1, ordering: .relaxed) }
}

/// A resolver context that SubgraphServer can read its bookkeeping from.
/// Subgraphs with their own context type conform and return the request part.
public protocol SubgraphContext: Sendable {
    var request: RequestContext { get }
}

extension RequestContext: SubgraphContext {
    public var request: RequestContext { self }
}

/// Errors of entities that resolved to null in one request, collected beside
/// the executor's own errors (an entity failure must not null the whole list).
final class EntityErrorSink: Sendable {
    @TaskLocal static var current: EntityErrorSink?

    private let errors = Mutex<[GraphQLError]>([])

    func record(_ error: GraphQLError) { errors.withLock { $0.append(error) } }

    var recorded: [GraphQLError] { errors.withLock { $0 } }
}
