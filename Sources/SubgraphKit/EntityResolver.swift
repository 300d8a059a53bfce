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
            await withTaskGroup(of: (Int, Result<(any Sendable)?, any Error>).self) { group in
                for (index, representation) in representations.enumerated() {
                    group.addTask {
                        // A `try await` inside the returned tuple loses the child's result
                        // under -O (Swift 6.3.1), so the value is bound first.
                        do {
                            let value = try await resolve(representation, context)
                            return (index, .success(value))
                        } catch {
                            return (index, .failure(error))
                        }
                    }
                }
                var results = [Result<(any Sendable)?, any Error>](
                    repeating: .success(nil), count: representations.count)
                for await (index, result) in group { results[index] = result }
                return results
            }
        }
    }
}
