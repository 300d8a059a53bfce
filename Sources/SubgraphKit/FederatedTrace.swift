#if canImport(Glibc)
    import Glibc
#endif

/// The `extensions.ftv1` value a subgraph returns when the request carries
/// `apollo-federation-include-trace: ftv1`: a base64 protobuf `Trace` message
/// (Apollo's reports.proto) with start and end time, duration and a root node.
///
/// Known gap: the root node carries no per-field children or timings yet;
/// routers accept it, but field-level trace views stay empty.
enum FederatedTrace {
    struct Instant {
        var seconds: Int
        var nanoseconds: Int
    }

    static func now() -> Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Instant(seconds: Int(spec.tv_sec), nanoseconds: Int(spec.tv_nsec))
    }

    /// `Trace { end_time = 3; start_time = 4; duration_ns = 11; root = 14 }`.
    static func encode(start: Instant, end: Instant) -> String {
        var bytes: [UInt8] = []
        message(3, timestamp(end), into: &bytes)
        message(4, timestamp(start), into: &bytes)
        let duration = max(
            0, (end.seconds - start.seconds) * 1_000_000_000 + end.nanoseconds - start.nanoseconds)
        varint(UInt64(11 << 3), into: &bytes)
        varint(UInt64(duration), into: &bytes)
        message(14, [], into: &bytes)
        return base64(bytes)
    }

    /// `Timestamp { seconds = 1; nanos = 2 }`.
    private static func timestamp(_ instant: Instant) -> [UInt8] {
        var bytes: [UInt8] = []
        varint(UInt64(1 << 3), into: &bytes)
        varint(UInt64(instant.seconds), into: &bytes)
        varint(UInt64(2 << 3), into: &bytes)
        varint(UInt64(instant.nanoseconds), into: &bytes)
        return bytes
    }

    private static func message(_ field: Int, _ body: [UInt8], into bytes: inout [UInt8]) {
        varint(UInt64(field << 3 | 2), into: &bytes)
        varint(UInt64(body.count), into: &bytes)
        bytes += body
    }

    private static func varint(_ value: UInt64, into bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Standard base64 with padding (RFC 4648 section 4).
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let a = UInt32(bytes[index])
            let b = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let c = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let triple = a << 16 | b << 8 | c
            out.append(alphabet[Int(triple >> 18 & 63)])
            out.append(alphabet[Int(triple >> 12 & 63)])
            out.append(
                index + 1 < bytes.count ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
