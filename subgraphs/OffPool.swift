import Dispatch

/// Runs CPU-heavy work (Argon2id) on its own queue so it never holds one of
/// the cooperative pool's two threads.
enum OffPool {
    private static let queue = DispatchQueue(
        label: "xpgraph.subgraphs.cpu", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
