import Foundation

/// RFC 3339 UTC timestamps (`2026-12-03T20:15:00Z`) from and to Unix seconds.
enum RFC3339 {
    static var now: Int { Int(Date().timeIntervalSince1970) }

    static func format(_ unixSeconds: Int) -> String {
        var text = CopyText(capacity: 32)
        text.timestamp(unixSeconds)
        let plain = String(decoding: text.bytes.dropLast(4), as: UTF8.self)
        return plain.replacingOccurrences(of: " ", with: "T") + "Z"
    }
}
