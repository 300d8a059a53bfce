/// An HTTP/1.1 client on libcurl's multi interface.
///
/// Every transfer runs on one dedicated thread that owns the curl handles, so connections
/// to the same host are kept alive and reused across requests. Async callers wait on a
/// continuation; cancelling the calling task aborts the transfer.
public final class HTTPClient: Sendable {
    private let loop: CurlLoop

    /// - Parameters:
    ///   - maxConnectionsPerHost: parallel connections per host; further requests queue.
    ///   - maxResponseBytes: a larger response body fails with `.responseTooLarge`.
    public init(maxConnectionsPerHost: Int = 32, maxResponseBytes: Int = 64 << 20) {
        loop = CurlLoop(
            maxConnectionsPerHost: maxConnectionsPerHost, maxResponseBytes: maxResponseBytes)
    }

    deinit { loop.close() }

    public func post(
        url: String, headers: [(String, String)], body: [UInt8], timeout: Double
    ) async throws -> HTTPResponse {
        try await send(method: "POST", url: url, headers: headers, body: body, timeout: timeout)
    }

    public func get(url: String, headers: [(String, String)], timeout: Double) async throws
        -> HTTPResponse
    {
        try await send(method: "GET", url: url, headers: headers, body: nil, timeout: timeout)
    }

    /// Sends any method; `timeout` (seconds) covers connecting, sending and receiving.
    public func send(
        method: String, url: String, headers: [(String, String)], body: [UInt8]?, timeout: Double
    ) async throws -> HTTPResponse {
        let transfer = CurlTransfer(
            method: method, url: url, headers: headers, body: body, timeout: timeout)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                transfer.continuation = continuation
                loop.submit(transfer)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
    }
}
