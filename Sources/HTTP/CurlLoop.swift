import CCurl

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private let curlGlobalInit: Void = { _ = xp_curl_global_init() }()

/// The thread that owns a curl multi handle and drives every transfer on it.
final class CurlLoop: @unchecked Sendable {
    private struct Inbox {
        var submitted: [CurlTransfer] = []
        var cancelled: [CurlTransfer] = []
        var isClosed = false
    }

    private let multi: UnsafeMutableRawPointer
    private let inbox = Locked(Inbox())
    let maxResponseBytes: Int

    // Touched only by the loop thread.
    private var active: [ObjectIdentifier: CurlTransfer] = [:]
    private var idleHandles: [UnsafeMutableRawPointer] = []

    init(maxConnectionsPerHost: Int, maxResponseBytes: Int) {
        _ = curlGlobalInit
        self.maxResponseBytes = maxResponseBytes
        multi = curl_multi_init()
        _ = xp_curlm_set_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, maxConnectionsPerHost))
        _ = xp_curlm_set_long(multi, CURLMOPT_MAXCONNECTS, max(16, maxConnectionsPerHost * 4))

        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(
            &thread, nil,
            { context in
                let loop = Unmanaged<CurlLoop>.fromOpaque(context!).takeRetainedValue()
                loop.run()
                return nil
            }, context)
        precondition(created == 0, "Could not start the HTTP client thread.")
        pthread_detach(thread)
    }

    func submit(_ transfer: CurlTransfer) {
        let refusal: (any Error)? = inbox.withLock { inbox in
            if inbox.isClosed { return HTTPClientError(.shutDown, "The HTTP client is shut down.") }
            if transfer.isCancelled { return CancellationError() }
            inbox.submitted.append(transfer)
            curl_multi_wakeup(multi)
            return nil
        }
        if let refusal { transfer.complete(.failure(refusal)) }
    }

    func cancel(_ transfer: CurlTransfer) {
        inbox.withLock { inbox in
            transfer.isCancelled = true
            guard !inbox.isClosed else { return }
            inbox.cancelled.append(transfer)
            curl_multi_wakeup(multi)
        }
    }

    /// Fails everything still pending and ends the thread.
    func close() {
        inbox.withLock { inbox in
            guard !inbox.isClosed else { return }
            inbox.isClosed = true
            curl_multi_wakeup(multi)
        }
    }

    private func run() {
        while true {
            let (submitted, cancelled, isClosed) = inbox.withLock { inbox in
                defer {
                    inbox.submitted = []
                    inbox.cancelled = []
                }
                return (inbox.submitted, inbox.cancelled, inbox.isClosed)
            }
            if isClosed {
                shutDown(pending: submitted)
                return
            }
            for transfer in submitted { start(transfer) }
            for transfer in cancelled { abort(transfer, with: CancellationError()) }

            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectFinished()
            _ = curl_multi_poll(multi, nil, 0, 1000, nil)
        }
    }

    private func collectFinished() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard xp_curlmsg_is_done(message) != 0, let easy = message.pointee.easy_handle else {
                continue
            }
            let code = message.pointee.data.result
            var context: UnsafeMutableRawPointer?
            _ = xp_curl_info_pointer(easy, CURLINFO_PRIVATE, &context)
            guard let context else { continue }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            finish(transfer, code: code)
        }
    }

    private func finish(_ transfer: CurlTransfer, code: CURLcode) {
        guard let easy = transfer.easy else { return }
        var status = 0
        _ = xp_curl_info_long(easy, CURLINFO_RESPONSE_CODE, &status)
        let result: Result<HTTPResponse, any Error> =
            code == CURLE_OK
            ? .success(
                HTTPResponse(
                    status: status, headers: transfer.responseHeaders, body: transfer.responseBody))
            : .failure(CurlErrors.error(for: code, transfer: transfer))
        release(transfer)
        transfer.complete(result)
    }

    private func abort(_ transfer: CurlTransfer, with error: any Error) {
        guard active[ObjectIdentifier(transfer)] != nil else { return }
        release(transfer)
        transfer.complete(.failure(error))
    }

    /// Detaches the transfer from curl and keeps its easy handle for the next request.
    private func release(_ transfer: CurlTransfer) {
        guard let easy = transfer.easy else { return }
        curl_multi_remove_handle(multi, easy)
        recycle(easy)
        transfer.easy = nil
        active[ObjectIdentifier(transfer)] = nil
        Unmanaged.passUnretained(transfer).release()
    }

    private func start(_ transfer: CurlTransfer) {
        guard let easy = idleHandles.popLast() ?? curl_easy_init() else {
            transfer.complete(
                .failure(HTTPClientError(.transport, "Could not create a curl handle.")))
            return
        }
        transfer.easy = easy
        transfer.maxResponseBytes = maxResponseBytes
        if let problem = CurlOptions.apply(to: easy, for: transfer) {
            recycle(easy)
            transfer.easy = nil
            transfer.complete(.failure(problem))
            return
        }
        _ = xp_curl_set_pointer(easy, CURLOPT_PRIVATE, Unmanaged.passRetained(transfer).toOpaque())
        active[ObjectIdentifier(transfer)] = transfer
        curl_multi_add_handle(multi, easy)
    }

    /// Keeps a bounded number of handles for reuse; a burst of requests leaves no lasting cost.
    private func recycle(_ easy: UnsafeMutableRawPointer) {
        if idleHandles.count < 128 {
            curl_easy_reset(easy)
            idleHandles.append(easy)
        } else {
            curl_easy_cleanup(easy)
        }
    }

    private func shutDown(pending: [CurlTransfer]) {
        let error = HTTPClientError(.shutDown, "The HTTP client is shut down.")
        for transfer in pending { transfer.complete(.failure(error)) }
        for transfer in Array(active.values) { abort(transfer, with: error) }
        for easy in idleHandles { curl_easy_cleanup(easy) }
        idleHandles = []
        curl_multi_cleanup(multi)
    }
}
