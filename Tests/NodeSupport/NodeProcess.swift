import Foundation

/// Runs node, with graphql-js (Debian's node-graphql) on its module path, for the
/// differential tests of every test target.
public enum NodeProcess {
    public struct Failure: Error, CustomStringConvertible {
        public let status: Int32
        public let stderr: String

        public var description: String { "node exited with \(status): \(stderr)" }
    }

    /// Runs `node arguments...` with `input` on stdin; returns stdout, or throws when node
    /// exits with a failure. Blocks the calling thread: async callers use `run(_:input:)`.
    public static func runBlocking(arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NODE_PATH"] = environment["NODE_PATH"] ?? "/usr/share/nodejs"
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Writing stdin and draining stderr on their own threads: a full pipe on either
        // side would otherwise stall node while this thread reads stdout.
        Thread.detachNewThread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        let errors = ErrorText()
        let drained = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errors.text = String(
                decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            drained.signal()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        drained.wait()
        guard process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus, stderr: errors.text)
        }
        return Array(output)
    }

    /// `node -e script` with `input` on stdin, on a thread of its own; stdout as text.
    public static func run(_ script: String, input: [UInt8] = []) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    let output = try runBlocking(arguments: ["-e", script], input: input)
                    continuation.resume(returning: String(decoding: output, as: UTF8.self))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}

private final class ErrorText: @unchecked Sendable {
    var text = ""
}
