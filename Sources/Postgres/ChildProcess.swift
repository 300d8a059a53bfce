import Foundation

/// Runs programs with posix_spawn and reaps them with waitpid.
///
/// Foundation's `Process` can miss the exit of a child whose own children daemonise
/// (as `pg_ctl start` does), so the embedded servers manage processes themselves.
enum ChildProcess {
    /// Runs to completion; returns the exit status and everything written to stdout/stderr.
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String)
    {
        let outputPath = NSTemporaryDirectory() + "xpgraph-child-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let pid = try spawn(path, arguments, outputPath: outputPath)
        let status = wait(pid)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return (status, output)
    }

    /// Starts a process with stdin from /dev/null and output appended to `outputPath`.
    static func spawn(_ path: String, _ arguments: [String], outputPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, outputPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard status == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL)
        }
        return pid
    }

    /// Waits for the process to exit; returns its exit status (128+signal if killed).
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
