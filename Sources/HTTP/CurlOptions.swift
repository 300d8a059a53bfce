import CCurl

/// Configures an easy handle for one transfer.
enum CurlOptions {
    /// Sets every option; returns an error when curl refuses one (bad URL, ...).
    static func apply(to easy: UnsafeMutableRawPointer, for transfer: CurlTransfer)
        -> HTTPClientError?
    {
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        let timeoutMilliseconds = max(1, Int(transfer.timeout * 1000))
        var codes = [
            xp_curl_set_string(easy, CURLOPT_URL, transfer.url),
            xp_curl_set_long(easy, CURLOPT_NOSIGNAL, 1),
            xp_curl_set_long(easy, CURLOPT_TIMEOUT_MS, timeoutMilliseconds),
            xp_curl_set_long(easy, CURLOPT_CONNECTTIMEOUT_MS, min(timeoutMilliseconds, 10_000)),
            xp_curl_set_long(easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1),
            xp_curl_set_long(easy, CURLOPT_TCP_NODELAY, 1),
            xp_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, transfer.errorBuffer),
            xp_curl_set_callback(easy, CURLOPT_WRITEFUNCTION, writeBody),
            xp_curl_set_pointer(easy, CURLOPT_WRITEDATA, context),
            xp_curl_set_callback(easy, CURLOPT_HEADERFUNCTION, writeHeader),
            xp_curl_set_pointer(easy, CURLOPT_HEADERDATA, context),
        ]
        codes += methodAndBody(easy, transfer)

        var list: UnsafeMutablePointer<curl_slist>? = nil
        for (name, value) in transfer.headers {
            // Given to curl as an option, curl also decodes the body, so callers see plain bytes.
            if name.equalsIgnoringASCIICase("Accept-Encoding") {
                codes.append(xp_curl_set_string(easy, CURLOPT_ACCEPT_ENCODING, value))
                transfer.decodesBody = true
                continue
            }
            list = curl_slist_append(list, value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        // curl would otherwise wait for "100 Continue" before sending larger bodies.
        list = curl_slist_append(list, "Expect:")
        transfer.headerList = list
        codes.append(xp_curl_set_list(easy, CURLOPT_HTTPHEADER, list))

        guard let failed = codes.first(where: { $0 != CURLE_OK }) else { return nil }
        let reason = String(cString: curl_easy_strerror(failed))
        let kind: HTTPClientError.Kind =
            failed == CURLE_URL_MALFORMAT || failed == CURLE_UNSUPPORTED_PROTOCOL
            ? .invalidURL : .transport
        return HTTPClientError(kind, "Cannot request \(transfer.url): \(reason).")
    }

    private static func methodAndBody(_ easy: UnsafeMutableRawPointer, _ transfer: CurlTransfer)
        -> [CURLcode]
    {
        var codes: [CURLcode] = []
        switch transfer.method {
        case "GET" where transfer.body == nil:
            codes.append(xp_curl_set_long(easy, CURLOPT_HTTPGET, 1))
        case "HEAD":
            codes.append(xp_curl_set_long(easy, CURLOPT_NOBODY, 1))
        default:
            let body = transfer.body ?? []
            codes.append(xp_curl_set_long(easy, CURLOPT_POST, 1))
            codes.append(
                xp_curl_set_offset(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            // COPYPOSTFIELDS copies the bytes now, so the array need not outlive this call.
            if body.isEmpty {
                codes.append(xp_curl_set_string(easy, CURLOPT_COPYPOSTFIELDS, ""))
            } else {
                codes.append(
                    body.withUnsafeBytes { bytes in
                        xp_curl_set_pointer(
                            easy, CURLOPT_COPYPOSTFIELDS,
                            UnsafeMutableRawPointer(mutating: bytes.baseAddress))
                    })
            }
            if transfer.method != "POST" {
                codes.append(xp_curl_set_string(easy, CURLOPT_CUSTOMREQUEST, transfer.method))
            }
        }
        return codes
    }

    private static let writeBody: xp_curl_data_callback = { data, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
    }

    private static let writeHeader: xp_curl_data_callback = { data, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: length))
        return length
    }
}

/// Maps curl result codes to client errors with messages that say what happened.
enum CurlErrors {
    static func error(for code: CURLcode, transfer: CurlTransfer) -> HTTPClientError {
        let detail = String(cString: transfer.errorBuffer)
        let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        switch code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return HTTPClientError(
                .connectionFailed, "Could not connect to \(transfer.url): \(reason).")
        case CURLE_OPERATION_TIMEDOUT:
            return HTTPClientError(
                .timedOut,
                "Request to \(transfer.url) timed out after \(transfer.timeout) s: \(reason).")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return HTTPClientError(.invalidURL, "Cannot request \(transfer.url): \(reason).")
        case CURLE_WRITE_ERROR where transfer.overflowed:
            return HTTPClientError(
                .responseTooLarge,
                "Response from \(transfer.url) is larger than \(transfer.maxResponseBytes) bytes.")
        default:
            return HTTPClientError(.transport, "Request to \(transfer.url) failed: \(reason).")
        }
    }
}
