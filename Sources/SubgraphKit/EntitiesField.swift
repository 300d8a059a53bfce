import GraphQL
import JSON
import Synchronization

/// `Query._entities(representations:)`: groups representations by
/// `__typename`, runs each type's batch once, and answers in the order asked.
/// A failed or unknown entity is null, with its error at `["_entities", i]`.
struct EntitiesField: Sendable {
    let resolvers: [String: EntityResolver]

    func resolve(_ field: ResolveContext) async throws -> (any Sendable)? {
        guard case .array(let representations)? = field.arguments["representations"] else {
            return [any Sendable]()
        }
        let sink = EntityErrorSink.current
        // Null entries are JSON nulls: the executor takes lists as [any Sendable].
        var results = [any Sendable](repeating: JSON.null, count: representations.count)
        var byType: [String: [(index: Int, representation: JSONObject)]] = [:]
        var typeOrder: [String] = []

        for (index, representation) in representations.enumerated() {
            guard case .object(let object) = representation,
                case .string(let typename)? = object["__typename"]
            else {
                report("Representation must be an object with a \"__typename\" string.", index)
                continue
            }
            guard resolvers[typename] != nil else {
                report("Type \"\(typename)\" is not an entity of this subgraph.", index)
                continue
            }
            if byType[typename] == nil { typeOrder.append(typename) }
            byType[typename, default: []].append((index, object))
        }

        typealias Batch = Result<[Result<(any Sendable)?, any Error>], any Error>
        let groups = typeOrder.map { typename in
            (resolver: resolvers[typename], entries: byType[typename] ?? [])
        }
        // Each child task stores its own slot and returns nothing. Returning
        // (position, Result<[Result<...>], Error>) through the group was corrupted in
        // release builds of Swift 6.3.1 (reproduced outside this project: wrong positions,
        // hangs), which crashed subgraphs under load.
        let collected = BatchSlots(count: groups.count)
        await withTaskGroup(of: Void.self) { group in
            for (position, entry) in groups.enumerated() {
                guard let resolver = entry.resolver else { continue }
                let items = entry.entries.map(\.representation)
                let context = field.context
                group.addTask {
                    let batch: Batch
                    do {
                        batch = .success(try await resolver.batch(items, context))
                    } catch {
                        batch = .failure(error)
                    }
                    collected.store(batch, at: position)
                }
            }
        }
        let batches = collected.all

        for (position, group) in groups.enumerated() {
            switch batches[position] {
            case .success(let values)?:
                for (offset, entry) in group.entries.enumerated() {
                    guard offset < values.count else {
                        report("No result for this representation.", entry.index)
                        continue
                    }
                    switch values[offset] {
                    case .success(let value): results[entry.index] = value ?? JSON.null
                    case .failure(let error): report(error, entry.index)
                    }
                }
            case .failure(let error)?:
                for entry in group.entries { report(error, entry.index) }
            case nil:
                for entry in group.entries {
                    report("No result for this representation.", entry.index)
                }
            }
        }
        return results

        func report(_ error: any Error, _ index: Int) {
            var graphQLError =
                (error as? GraphQLError) ?? (error as? any GraphQLErrorConvertible)?.graphQLError
                ?? GraphQLError("\(error)")
            graphQLError.path = [.key("_entities"), .index(index)]
            sink?.record(graphQLError)
        }
        func report(_ message: String, _ index: Int) {
            report(GraphQLError(message), index)
        }
    }
}

/// Where concurrent entity batches leave their results, one slot per type.
private final class BatchSlots: Sendable {
    typealias Batch = Result<[Result<(any Sendable)?, any Error>], any Error>
    private let slots: Mutex<[Batch?]>

    init(count: Int) { slots = Mutex([Batch?](repeating: nil, count: count)) }

    func store(_ batch: Batch, at position: Int) { slots.withLock { $0[position] = batch } }

    var all: [Batch?] { slots.withLock { $0 } }
}
