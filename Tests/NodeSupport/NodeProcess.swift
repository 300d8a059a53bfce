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
        let output = try ChildRun.run(
            node, arguments, input: input, environment: ["NODE_PATH": modulePath])
        if output.stderr.contains("Cannot find module 'graphql'") {
            throw MissingPrerequisite(
                "graphql-js is missing: install node-graphql (scripts/apt.sh)")
        }
        guard output.status == 0 else {
            throw Failure(status: output.status, stderr: output.stderr)
        }
        return output.stdout
    }

    static let node = "/usr/bin/node"
    static let modulePath =
        ProcessInfo.processInfo.environment["NODE_PATH"] ?? "/usr/share/nodejs"

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
