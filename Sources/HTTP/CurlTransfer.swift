import CCurl

/// One request in flight: what to send, what has arrived, and whom to tell.
///
/// After submission only the curl thread touches it, except `isCancelled`, which is
/// guarded by the loop's inbox lock.
final class CurlTransfer: @unchecked Sendable {
    let method: String
    let url: String
    let headers: [(String, String)]
    let body: [UInt8]?
    let timeout: Double
    var continuation: CheckedContinuation<HTTPResponse, any Error>?
    var isCancelled = false

    var easy: UnsafeMutableRawPointer?
    var headerList: UnsafeMutablePointer<curl_slist>?
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
    var responseHeaders: [(String, String)] = []
    var responseBody: [UInt8] = []
    var maxResponseBytes = Int.max
    var overflowed = false
    /// curl decodes the body, so encoding headers no longer describe it.
    var decodesBody = false

    init(method: String, url: String, headers: [(String, String)], body: [UInt8]?, timeout: Double)
    {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        errorBuffer.initialize(to: 0)
    }

    deinit {
        if let headerList { curl_slist_free_all(headerList) }
        errorBuffer.deallocate()
    }

    /// Resumes the waiting task exactly once.
    func complete(_ result: Result<HTTPResponse, any Error>) {
        guard let continuation else { return }
        self.continuation = nil
        continuation.resume(with: result)
    }

    /// Reads one raw header line; a status line starts a new header block (after 1xx or redirects).
    func receiveHeader(_ line: UnsafeRawBufferPointer) {
        var text = String(decoding: line, as: UTF8.self)
        while text.last == "\n" || text.last == "\r" || text.last == "\r\n" { text.removeLast() }
        if text.hasPrefix("HTTP/") {
            responseHeaders.removeAll()
        } else if let colon = text.firstIndex(of: ":") {
            let name = String(text[..<colon])
            if decodesBody
                && (name.equalsIgnoringASCIICase("Content-Encoding")
                    || name.equalsIgnoringASCIICase("Content-Length"))
            {
                return
            }
            let value = text[text.index(after: colon)...].trimmingWhitespace()
            responseHeaders.append((name, value))
            // The body's size is known: one allocation instead of doubling as it arrives
            // (up to 1 MiB, so a false length cannot make every request reserve a lot).
            if name.equalsIgnoringASCIICase("Content-Length"), let length = Int(value),
                length > 0, responseBody.isEmpty
            {
                responseBody.reserveCapacity(min(length, maxResponseBytes, 1 << 20))
            }
        }
    }

    /// Appends body bytes; false once the body passes the limit, which makes curl abort.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard responseBody.count + bytes.count <= maxResponseBytes else {
            overflowed = true
            return false
        }
        responseBody.append(contentsOf: bytes)
        return true
    }
}
