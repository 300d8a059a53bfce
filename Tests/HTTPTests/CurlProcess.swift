import Foundation

/// Runs the `curl` command line tool without blocking the cooperative pool.
enum CurlProcess {
    struct Output {
        var body: [UInt8]
        /// What `-w` printed.
        var written: String
        var exitCode: Int32
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func run(_ arguments: [String], writeOut: String = "%{http_code}") async throws -> Output
    {
        let directory = FileManager.default.temporaryDirectory
        let bodyFile = directory.appendingPathComponent("curl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: bodyFile) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", bodyFile.path, "-w", writeOut] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let exitCode: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let written = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let body = (try? Data(contentsOf: bodyFile)).map { [UInt8]($0) } ?? []
        return Output(body: body, written: written, exitCode: exitCode)
    }
}

/// A file under the temporary directory, for request bodies handed to curl with `@path`.
struct TemporaryFile {
    let path: String

    init(_ contents: Data) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("body-\(UUID())").path
        try contents.write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
