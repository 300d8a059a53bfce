import Foundation

/// Settings read from the process environment.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            return nil
        }
        return value
    }

    static func required(_ name: String) throws(CLIError) -> String {
        guard let value = value(name) else { throw CLIError("Set \(name) in the environment.") }
        return value
    }

    /// HS256 with a shorter key is guessable; the signer refuses it outright.
    static let minimumSecretBytes = 32

    /// The JWT secret from XPGRAPH_JWT_SECRET, as its UTF-8 bytes.
    static func jwtSecret() throws(CLIError) -> [UInt8] {
        try checkedSecret(required("XPGRAPH_JWT_SECRET"), source: "XPGRAPH_JWT_SECRET")
    }

    /// The secret from a file when one is named, else from XPGRAPH_JWT_SECRET, else nil.
    static func optionalJWTSecret(file: String?) throws(CLIError) -> [UInt8]? {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("Cannot read the JWT secret file \(file).")
            }
            let text = String(decoding: data, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return try checkedSecret(text, source: file)
        }
        return try value("XPGRAPH_JWT_SECRET").map { (text) throws(CLIError) in
            try checkedSecret(text, source: "XPGRAPH_JWT_SECRET")
        }
    }

    private static func checkedSecret(_ text: String, source: String) throws(CLIError) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.count >= minimumSecretBytes else {
            throw CLIError(
                "The JWT secret in \(source) has \(bytes.count) bytes; HS256 needs at least "
                    + "\(minimumSecretBytes) (for example: openssl rand -base64 32).")
        }
        return bytes
    }
}

/// Writes to standard error, for messages that are not the command's output.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints a line and flushes at once: into a pipe or file stdout is block-buffered, and a
/// supervisor waiting for the URL of a long-running server would otherwise see nothing.
func printNow(_ message: String) {
    print(message)
    fflush(nil)
}
