import Foundation

/// A tool the test command installs (node, graphql-js, the built xpgraph) is missing.
///
/// Thrown, not skipped: `scripts/test.sh` installs and builds them, so their absence
/// is a broken setup that must fail the run rather than pass it quietly.
public struct MissingPrerequisite: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// Runs a program to the end with stdin given, stdout and stderr captured.
public enum ChildRun {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: [UInt8]
        public let stderr: String

        public var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Stdin is written and stderr drained on their own threads, so a full pipe on
    /// either side cannot stall the program while this thread reads stdout.
    public static func run(
        _ program: String, _ arguments: [String], directory: String? = nil,
        input: [UInt8] = [], environment extra: [String: String] = [:]
    ) throws -> Output {
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw MissingPrerequisite("\(program) is missing: run the tests with scripts/test.sh")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
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
        return Output(status: process.terminationStatus, stdout: Array(output), stderr: errors.text)
    }
}

final class ErrorText: @unchecked Sendable {
    var text = ""
}
