import CMicroHTTPD

/// One call of the access handler: moves the exchange one step through its phases.
struct ServerAccess {
    let core: ServerCore
    let exchange: ServerExchange
    let connection: OpaquePointer

    func step(method: UnsafePointer<CChar>?, upload: UploadChunk) -> MHD_Result {
        switch exchange.phase {
        case .headers:
            exchange.method = method.map { String(cString: $0) } ?? "GET"
            exchange.phase = .body
            if let length = declaredLength(), length > core.maxBodyBytes {
                exchange.phase = .rejected
                return queue(tooLarge)
            }
            return MHD_Result.YES

        case .body:
            if upload.count.pointee > 0 { return receive(upload) }
            collectHeaders()
            exchange.remoteAddress = remoteAddress()
            guard core.dispatch(exchange, on: connection) else {
                exchange.phase = .answered
                return queue(.plain(503, "Server is shutting down."))
            }
            exchange.phase = .handling
            return MHD_Result.YES

        case .rejected:
            guard upload.count.pointee > 0 else {
                exchange.phase = .answered
                return queue(tooLarge)
            }
            exchange.discardedBytes += upload.count.pointee
            upload.count.pointee = 0
            return exchange.discardedBytes > core.discardLimit ? MHD_Result.NO : MHD_Result.YES

        case .handling:
            guard let response = exchange.takeResponse() else { return MHD_Result.YES }
            exchange.phase = .answered
            return queue(response)

        case .answered:
            upload.count.pointee = 0
            return MHD_Result.YES
        }
    }

    private var tooLarge: HTTPResponse {
        .plain(413, "Request body is larger than \(core.maxBodyBytes) bytes.")
    }

    private func declaredLength() -> Int? {
        MHD_lookup_connection_value(connection, MHD_ValueKind.HEADER_KIND, "Content-Length")
            .flatMap { Int(String(cString: $0)) }
    }

    private func receive(_ upload: UploadChunk) -> MHD_Result {
        let count = upload.count.pointee
        upload.count.pointee = 0
        guard exchange.body.count + count <= core.maxBodyBytes else {
            exchange.body = []
            exchange.discardedBytes = count
            exchange.phase = .rejected
            return MHD_Result.YES
        }
        if let bytes = upload.bytes {
            bytes.withMemoryRebound(to: UInt8.self, capacity: count) {
                exchange.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
            }
        }
        return MHD_Result.YES
    }

    private func remoteAddress() -> String? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            xp_mhd_client_address(connection, buffer.baseAddress, buffer.count) != 0
                ? String(cString: buffer.baseAddress!) : nil
        }
    }

    private func collectHeaders() {
        let context = Unmanaged.passUnretained(exchange).toOpaque()
        MHD_get_connection_values(
            connection, MHD_ValueKind.HEADER_KIND, ServerCallbacks.collectHeader, context)
    }

    private func queue(_ response: HTTPResponse) -> MHD_Result {
        let created = response.body.withUnsafeBytes { buffer in
            xp_mhd_response_copying(buffer.baseAddress, buffer.count)
        }
        guard let created else { return MHD_Result.NO }
        defer { MHD_destroy_response(created) }
        for (name, value) in response.headers {
            _ = MHD_add_response_header(created, name, value)
        }
        return MHD_queue_response(connection, UInt32(response.status), created)
    }
}
