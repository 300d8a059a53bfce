import GraphQL
import Synchronization

/// The DataLoaders of one request, one per name and argument set, made on
/// first use. `users(first: 3)` and `users(first: 5)` are different loaders;
/// two fields asking for the same thing share one batch and one cache.
public final class LoaderRegistry: Sendable {
    private let loaders = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The loader stored under `name` and `arguments`, made by `make` the first time.
    public func loader<Key: Hashable & Sendable, Value: Sendable>(
        _ name: String, arguments: String = "",
        make: () -> DataLoader<Key, Value>
    ) -> DataLoader<Key, Value> {
        let key = arguments.isEmpty ? name : name + "(" + arguments + ")"
        return loaders.withLock { loaders in
            if let existing = loaders[key] as? DataLoader<Key, Value> { return existing }
            let made = make()
            loaders[key] = made
            return made
        }
    }
}
