/// How much a log event matters: success at debug, client faults at warn, our faults at error.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    case debug
    case info
    case warn
    case error

    public var name: String {
        switch self {
        case .debug: "debug"
        case .info: "info"
        case .warn: "warn"
        case .error: "error"
        }
    }

    /// Reads `debug`, `info`, `warn`/`warning` or `error`, ignoring case.
    public init?(name: String) {
        switch name.lowercased() {
        case "debug": self = .debug
        case "info": self = .info
        case "warn", "warning": self = .warn
        case "error": self = .error
        default: return nil
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
