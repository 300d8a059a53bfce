import GraphQL
import JSON

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

        let batches = await withTaskGroup(
            of: (String, Result<[Result<(any Sendable)?, any Error>], any Error>).self
        ) {
            group in
            for typename in typeOrder {
                let items = byType[typename]!.map(\.representation)
                let resolver = resolvers[typename]!
                group.addTask {
                    do {
                        return (typename, .success(try await resolver.batch(items, field.context)))
                    } catch {
                        return (typename, .failure(error))
                    }
                }
            }
            var batches: [String: Result<[Result<(any Sendable)?, any Error>], any Error>] = [:]
            for await (typename, result) in group { batches[typename] = result }
            return batches
        }

        for typename in typeOrder {
            let entries = byType[typename]!
            switch batches[typename]! {
            case .success(let values):
                for (position, entry) in entries.enumerated() {
                    guard position < values.count else {
                        report("No result for this representation.", entry.index)
                        continue
                    }
                    switch values[position] {
                    case .success(let value): results[entry.index] = value ?? JSON.null
                    case .failure(let error): report(error, entry.index)
                    }
                }
            case .failure(let error):
                for entry in entries { report(error, entry.index) }
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
