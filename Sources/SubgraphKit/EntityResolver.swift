import GraphQL
import JSON

/// Turns `_entities` representations of one type into values.
///
/// A batch gets every representation of its type in the request, in order, and
/// returns one result per representation: a value, nil (no such entity, which
/// is null without an error), or a failure (null with an error at
/// `["_entities", i]`). Values must name their type, as `GraphQLObject` or as
/// JSON with `__typename`, because `_Entity` is a union.
public struct EntityResolver: Sendable {
    public typealias Batch =
        @Sendable (_ representations: [JSONObject], _ context: any Sendable)
        async throws -> [Result<(any Sendable)?, any Error>]

    let batch: Batch

    public init(batch: @escaping Batch) {
        self.batch = batch
    }

    /// One representation at a time, all started together so DataLoaders can batch them.
    public init(
        _ resolve:
            @escaping @Sendable (_ representation: JSONObject, _ context: any Sendable)
            async throws -> (any Sendable)?
    ) {
        batch = { representations, context in
            await withTaskGroup(of: Indexed<Result<(any Sendable)?, any Error>>.self) { group in
                for (index, representation) in representations.enumerated() {
                    group.addTask {
                        do {
                            let value = try await resolve(representation, context)
                            return Indexed(index, .success(value))
                        } catch {
                            return Indexed(index, .failure(error))
                        }
                    }
                }
                var results = [Result<(any Sendable)?, any Error>](
                    repeating: .success(nil), count: representations.count)
                for await finished in group { results[finished.index] = finished.value }
                return results
            }
        }
    }
}
