import CLibPQ
import Foundation

/// A private PostgreSQL server from the Debian packages, kept in a data folder.
///
/// The server refuses to run as root, so when this process is root, `initdb` and the
/// server run as the `postgres` user through `runuser`, with a data folder it owns.
/// `start` blocks while the server initialises and starts: call it before async work.
public struct EmbeddedPostgres: Sendable {
    public let database: String
    public private(set) var dataDirectory: String?
    public private(set) var port: Int?
    private var binDirectory: String?

    public init(database: String = "xpgraph") {
        self.database = database
    }

    /// Initialises the folder when empty, starts the server, creates the database.
    /// - Returns: a URL for the database, `postgres://postgres@127.0.0.1:PORT/DB`.
    public mutating func start(dataDirectory: String, port: Int) throws -> String {
        let directory = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        let bin = try Self.findBinDirectory()
        let owner = try Self.serverUser()
        self.dataDirectory = directory
        self.binDirectory = bin
        self.port = port

        if !FileManager.default.fileExists(atPath: directory + "/PG_VERSION") {
            try initialise(directory, bin: bin, owner: owner)
        }
        if try adoptRunningServer(directory, port: port) == false {
            try EmbeddedServerSupport.ensurePortFree(port, server: "PostgreSQL")
            try Self.run(
                bin + "/pg_ctl",
                [
                    "-D", directory, "-l", directory + "/server.log", "-w", "-t", "60",
                    "-o", "-p \(port) -k /tmp -c listen_addresses=127.0.0.1", "start",
                ], as: owner, log: directory + "/server.log")
        }
        try createDatabase(port: port)
        return "postgres://postgres@127.0.0.1:\(port)/\(database)"
    }

    /// Stops the server (fast shutdown: running statements are cancelled).
    public func stop() {
        guard let dataDirectory, let binDirectory else { return }
        _ = try? Self.run(
            binDirectory + "/pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "stop"],
            as: try? Self.serverUser(), log: nil)
    }

    // MARK: Steps

    private func initialise(_ directory: String, bin: String, owner: ServerUser?) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let owner {
            guard chown(directory, owner.uid, owner.gid) == 0 else {
                throw EmbeddedServerError("Cannot give \(directory) to the postgres user.")
            }
        }
        chmod(directory, 0o700)
        try Self.run(
            bin + "/initdb",
            ["-D", directory, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--no-sync"],
            as: owner, log: nil)
    }

    /// A postmaster.pid left by a crash is removed; a live server for this folder on
    /// the same port is reused, on another port it is stopped first.
    private func adoptRunningServer(_ directory: String, port: Int) throws -> Bool {
        let pidFile = directory + "/postmaster.pid"
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8) else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pid = lines.first.flatMap { Int32($0.trimmingCharacters(in: .whitespaces)) }
        let filePort = lines.count > 3 ? Int(lines[3].trimmingCharacters(in: .whitespaces)) : nil
        let comm = pid.flatMap {
            try? String(contentsOfFile: "/proc/\($0)/comm", encoding: .utf8)
        }
        let alive = comm?.hasPrefix("postgres") ?? false
        if alive, filePort == port { return true }
        if alive {
            stop()
        } else {
            try? FileManager.default.removeItem(atPath: pidFile)
        }
        return false
    }

    private func createDatabase(port: Int) throws {
        let conninfo =
            "host=127.0.0.1 port=\(port) user=postgres dbname=postgres connect_timeout=10"
        guard let conn = PQconnectdb(conninfo), PQstatus(conn) == CONNECTION_OK else {
            throw EmbeddedServerError("PostgreSQL started but refuses connections on port \(port).")
        }
        defer { PQfinish(conn) }
        let name = [database]
        let exists = Self.blockingQuery(
            conn, "SELECT 1 FROM pg_database WHERE datname = $1", name)
        guard let exists else {
            throw EmbeddedServerError("Cannot list the databases: " + Self.message(conn))
        }
        guard exists == 0 else { return }
        let quoted = PostgresPool.quoteIdentifier(database)
        guard Self.blockingQuery(conn, "CREATE DATABASE \(quoted)", []) != nil else {
            throw EmbeddedServerError("Cannot create database \(quoted): " + Self.message(conn))
        }
    }

    /// Rows returned, or nil on error.
    private static func blockingQuery(_ conn: OpaquePointer, _ sql: String, _ params: [String])
        -> Int?
    {
        let copies = params.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let values = copies.map { UnsafePointer<CChar>($0) }
        let result = PQexecParams(conn, sql, Int32(values.count), nil, values, nil, nil, 0)
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else { return nil }
        return Int(PQntuples(result))
    }

    private static func message(_ conn: OpaquePointer) -> String {
        String(cString: PQerrorMessage(conn)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Environment

    struct ServerUser {
        let uid: uid_t
        let gid: gid_t
    }

    /// The `postgres` account when running as root; nil when already unprivileged.
    private static func serverUser() throws -> ServerUser? {
        guard geteuid() == 0 else { return nil }
        guard let entry = getpwnam("postgres") else {
            throw EmbeddedServerError(
                "Running as root needs the postgres user (from the postgresql package).")
        }
        return ServerUser(uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
    }

    /// The newest `/usr/lib/postgresql/<version>/bin` holding `pg_ctl`.
    private static func findBinDirectory() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let usable = versions.filter {
            FileManager.default.isExecutableFile(atPath: "\(root)/\($0)/bin/pg_ctl")
        }
        guard let newest = usable.max(by: { (Double($0) ?? 0) < (Double($1) ?? 0) }) else {
            throw EmbeddedServerError("No PostgreSQL server found under \(root).")
        }
        return "\(root)/\(newest)/bin"
    }

    private static func run(
        _ tool: String, _ arguments: [String], as user: ServerUser?, log: String?
    ) throws {
        let (status, output): (Int32, String)
        if user != nil {
            (status, output) = try ChildProcess.run(
                "/usr/sbin/runuser", ["-u", "postgres", "--", tool] + arguments)
        } else {
            (status, output) = try ChildProcess.run(tool, arguments)
        }
        guard status == 0 else {
            var text = output
            if let log, let tail = try? String(contentsOfFile: log, encoding: .utf8) {
                text += "\n" + tail.split(separator: "\n").suffix(10).joined(separator: "\n")
            }
            let name = (tool as NSString).lastPathComponent
            throw EmbeddedServerError(
                "\(name) failed (status \(status)): "
                    + text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// Why an embedded server could not start.
public struct EmbeddedServerError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

enum EmbeddedServerSupport {
    /// Throws when something already listens on 127.0.0.1:`port`.
    static func ensurePortFree(_ port: Int, server: String) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            throw EmbeddedServerError(
                "Cannot start \(server): port \(port) on 127.0.0.1 is already in use.")
        }
    }
}
