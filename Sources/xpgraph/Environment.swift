import Foundation

/// Settings read from the process environment.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    static func required(_ name: String) throws(CLIError) -> String {
        guard let value = value(name) else { throw CLIError("Set \(name) in the environment.") }
        return value
    }

    /// The JWT secret from XPGRAPH_JWT_SECRET, as its UTF-8 bytes.
    static func jwtSecret() throws(CLIError) -> [UInt8] {
        Array(try required("XPGRAPH_JWT_SECRET").utf8)
    }
}

/// Writes to standard error, for messages that are not the command's output.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
