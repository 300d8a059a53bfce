/// Carries one subgraph request (a GraphQL-over-HTTP JSON body) and returns the response body.
public protocol SubgraphTransport: Sendable {
    func send(subgraph: String, url: String, body: [UInt8], headers: [(String, String)])
        async throws -> [UInt8]
}

/// A subgraph that did not answer within the executor's timeout.
struct SubgraphTimeout: Error, CustomStringConvertible {
    var subgraph: String
    var seconds: Double
    var description: String { "Subgraph \"\(subgraph)\" did not answer within \(seconds) s" }
}

/// Resumes a continuation once, whichever of two racing tasks finishes first.
final class OnceContinuation: @unchecked Sendable {
    private let lock = Mutex()
    private var continuation: CheckedContinuation<[UInt8], any Error>?

    init(_ continuation: CheckedContinuation<[UInt8], any Error>) {
        self.continuation = continuation
    }

    func resume(with result: Result<[UInt8], any Error>) {
        let pending: CheckedContinuation<[UInt8], any Error>? = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        pending?.resume(with: result)
    }
}

extension SubgraphTransport {
    /// Sends, failing with `SubgraphTimeout` when no answer comes in time.
    func send(
        subgraph: String, url: String, body: [UInt8], headers: [(String, String)], timeout: Double
    ) async throws -> [UInt8] {
        try await withCheckedThrowingContinuation { continuation in
            let once = OnceContinuation(continuation)
            let timer = Task {
                try? await Task.sleep(nanoseconds: UInt64(max(timeout, 0) * 1_000_000_000))
                if !Task.isCancelled {
                    once.resume(
                        with: .failure(SubgraphTimeout(subgraph: subgraph, seconds: timeout)))
                }
            }
            Task {
                do {
                    let bytes = try await self.send(
                        subgraph: subgraph, url: url, body: body, headers: headers)
                    timer.cancel()
                    once.resume(with: .success(bytes))
                } catch {
                    timer.cancel()
                    once.resume(with: .failure(error))
                }
            }
        }
    }
}
