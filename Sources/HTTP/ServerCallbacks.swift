import CMicroHTTPD

/// The C entry points libmicrohttpd calls; they reach Swift only through their context pointers.
enum ServerCallbacks {
    /// Called with the raw request target before anything else; its result becomes the
    /// request's context pointer, so the exchange exists from the first line on.
    static let uriLog: xp_mhd_uri_log_callback = { _, uri, _ in
        let target = uri.map { String(cString: $0) } ?? "/"
        return Unmanaged.passRetained(ServerExchange(target: target)).toOpaque()
    }

    /// Releases the exchange when libmicrohttpd is done with the request.
    static let completed: MHD_RequestCompletedCallback = { _, _, context, _ in
        guard let context, let exchange = context.pointee else { return }
        let unmanaged = Unmanaged<ServerExchange>.fromOpaque(exchange)
        unmanaged.takeUnretainedValue().markClosed()
        unmanaged.release()
        context.pointee = nil
    }

    static let access: MHD_AccessHandlerCallback = {
        cls, connection, _, method, _, uploadData, uploadSize, context in
        guard let cls, let connection, let uploadSize, let context else { return MHD_Result.NO }
        let core = Unmanaged<ServerCore>.fromOpaque(cls).takeUnretainedValue()
        if context.pointee == nil {
            context.pointee = Unmanaged.passRetained(ServerExchange(target: "/")).toOpaque()
        }
        let exchange = Unmanaged<ServerExchange>.fromOpaque(context.pointee!).takeUnretainedValue()
        let upload = UploadChunk(bytes: uploadData, count: uploadSize)
        return ServerAccess(core: core, exchange: exchange, connection: connection)
            .step(method: method, upload: upload)
    }

    /// Collects request headers into the exchange passed as `cls`.
    static let collectHeader: MHD_KeyValueIterator = { cls, _, key, value in
        guard let cls, let key else { return MHD_Result.YES }
        let exchange = Unmanaged<ServerExchange>.fromOpaque(cls).takeUnretainedValue()
        exchange.headers.add(String(cString: key), value.map { String(cString: $0) } ?? "")
        return MHD_Result.YES
    }
}

/// The bytes libmicrohttpd offers in one access-handler call, and the count it wants back.
struct UploadChunk {
    let bytes: UnsafePointer<CChar>?
    let count: UnsafeMutablePointer<Int>
}
