import CZlib

/// gzip framing (RFC 1952) through zlib; used for response bodies and request bodies.
enum Gzip {
    enum Failure: Error, Equatable {
        /// The decompressed size would pass the limit.
        case tooLarge
        /// The input is not a complete gzip stream.
        case corrupt
    }

    /// zlib's window bits for the gzip wrapper: 15-bit window plus 16.
    private static let gzipWindowBits: Int32 = 31

    static func compress(_ input: [UInt8], level: Int32 = 5) -> [UInt8] {
        var stream = z_stream()
        guard xp_deflateInit2(&stream, level, gzipWindowBits) == Z_OK else { return input }
        defer { deflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        let produced = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH) == Z_STREAM_END ? Int(stream.total_out) : -1
            }
        }
        guard produced >= 0 else { return input }
        output.removeSubrange(produced...)
        return output
    }

    /// Inflates one gzip stream, refusing output beyond `limit` bytes.
    static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard xp_inflateInit2(&stream, gzipWindowBits) == Z_OK else { throw .corrupt }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let status: Int32 = input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                let (code, produced) = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let code = inflate(&stream, Z_NO_FLUSH)
                    return (code, target.count - Int(stream.avail_out))
                }
                if output.count + produced > limit { return Z_MEM_ERROR }
                output.append(contentsOf: chunk[..<produced])
                if code == Z_STREAM_END { return Z_STREAM_END }
                if code != Z_OK { return code }
                if stream.avail_in == 0 && produced == 0 { return Z_BUF_ERROR }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR: throw .tooLarge
        default: throw .corrupt
        }
    }
}
