import Foundation
import Postgres

/// A real server in a temporary folder, one per test class.
final class TestDatabase: @unchecked Sendable {
    let folder: String
    let port: Int
    var server = EmbeddedPostgres()
    var url = ""

    init() throws {
        folder = "/tmp/xpgraph-pgtest-\(UUID().uuidString.prefix(8))"
        port = freePort()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        url = try server.start(dataDirectory: folder + "/data", port: port)
    }

    func restart() throws {
        url = try server.start(dataDirectory: folder + "/data", port: port)
    }

    func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// A TCP port nobody listens on right now.
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            _ = bind(fd, $0, length)
            _ = getsockname(fd, $0, &length)
        }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}
