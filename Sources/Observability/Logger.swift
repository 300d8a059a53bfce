import JSON

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one JSON object per line for each event at or above its level.
///
/// Keys come in a fixed order: `time`, `level`, `event`, `requestId`, `subgraph`,
/// `durationMs`, then the event's own fields. Fields whose names suggest a secret
/// (token, password, secret, authorization, cookie) are written as `"[redacted]"`.
public struct Logger: Sendable {
    public var level: LogLevel
    /// Labels added to every line, such as the component name.
    public var labels: JSONObject
    private let sink: LogSink

    /// Logs to standard error.
    public init(level: LogLevel = .info, labels: JSONObject = [:]) {
        self.init(level: level, labels: labels, sink: .standardError)
    }

    public init(level: LogLevel, labels: JSONObject = [:], sink: LogSink) {
        self.level = level
        self.labels = labels
        self.sink = sink
    }

    /// The level named by the environment variable `XPGRAPH_LOG_LEVEL`, or `info`.
    public static func fromEnvironment(labels: JSONObject = [:]) -> Logger {
        let name = getenv("XPGRAPH_LOG_LEVEL").map { String(cString: $0) } ?? "info"
        return Logger(level: LogLevel(name: name) ?? .info, labels: labels)
    }

    /// A logger that adds `labels` to every line.
    public func with(_ extra: JSONObject) -> Logger {
        var copy = self
        for (key, value) in extra { copy.labels[key] = value }
        return copy
    }

    public func isEnabled(_ level: LogLevel) -> Bool { level >= self.level }

    public func debug(_ event: String, _ fields: LogFields = LogFields()) {
        log(.debug, event, fields)
    }
    public func info(_ event: String, _ fields: LogFields = LogFields()) {
        log(.info, event, fields)
    }
    public func warn(_ event: String, _ fields: LogFields = LogFields()) {
        log(.warn, event, fields)
    }
    public func error(_ event: String, _ fields: LogFields = LogFields()) {
        log(.error, event, fields)
    }

    public func log(_ level: LogLevel, _ event: String, _ fields: LogFields = LogFields()) {
        guard isEnabled(level) else { return }
        var line = JSONWriter(capacity: 256)
        line.write(.object(makeRecord(level, event, fields)))
        line.bytes.append(0x0A)
        sink.write(line.bytes)
    }

    func makeRecord(_ level: LogLevel, _ event: String, _ fields: LogFields) -> JSONObject {
        var record = JSONObject()
        record.append("time", .string(Timestamp.now()))
        record.append("level", .string(level.name))
        record.append("event", .string(event))
        if let requestID = fields.requestID { record.append("requestId", .string(requestID)) }
        if let subgraph = fields.subgraph { record.append("subgraph", .string(subgraph)) }
        if let duration = fields.duration {
            record.append("durationMs", .double((duration * 1_000_000).rounded() / 1000))
        }
        for (key, value) in labels where record[key] == nil { record.append(key, value) }
        for (key, value) in fields.extra where record[key] == nil {
            record.append(key, Redaction.isSecret(key) ? .string("[redacted]") : value)
        }
        return record
    }
}

/// The fixed fields of a log line plus free-form extras.
public struct LogFields: Sendable, ExpressibleByDictionaryLiteral {
    public var requestID: String?
    public var subgraph: String?
    /// Seconds.
    public var duration: Double?
    public var extra: JSONObject

    public init() { self.init(requestID: nil) }

    public init(
        requestID: String?, subgraph: String? = nil, duration: Double? = nil,
        _ extra: JSONObject = [:]
    ) {
        self.requestID = requestID
        self.subgraph = subgraph
        self.duration = duration
        self.extra = extra
    }

    public init(dictionaryLiteral elements: (String, JSON)...) {
        self.init(requestID: nil, JSONObject(elements.map { (key: $0.0, value: $0.1) }))
    }
}

/// Where log lines go.
public final class LogSink: Sendable {
    private let output: @Sendable ([UInt8]) -> Void

    public init(_ output: @escaping @Sendable ([UInt8]) -> Void) { self.output = output }

    func write(_ bytes: [UInt8]) { output(bytes) }

    /// Standard error, one `write(2)` per line so lines from threads do not interleave.
    public static let standardError = LogSink { bytes in
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Drops every line.
    public static let discard = LogSink { _ in }

    /// Collects lines in memory, for tests.
    public static func memory() -> (sink: LogSink, lines: @Sendable () -> [String]) {
        let store = Protected<[String]>([])
        let sink = LogSink { bytes in
            let text = String(decoding: bytes.dropLast(), as: UTF8.self)
            store.withLock { $0.append(text) }
        }
        return (sink, { store.withLock { $0 } })
    }
}

enum Redaction {
    static let markers = ["token", "password", "secret", "authorization", "cookie", "jwt"]

    static func isSecret(_ key: String) -> Bool {
        let lower = key.lowercased()
        return markers.contains { lower.contains($0) }
    }
}
