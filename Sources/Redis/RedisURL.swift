import Foundation

/// Where and how to connect: `redis://[[user]:password@]host[:port][/db]`.
struct RedisURL: Sendable {
    var host = "127.0.0.1"
    var port = 6379
    var username: String?
    var password: String?
    var database = 0

    init(_ text: String) throws {
        guard let components = URLComponents(string: text), components.scheme == "redis" else {
            throw RedisError(.invalidURL, "Expected a redis:// URL.")
        }
        if let host = components.host, !host.isEmpty { self.host = host }
        if let port = components.port { self.port = port }
        if let user = components.user, !user.isEmpty { username = user }
        password = components.password
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if !path.isEmpty {
            guard let database = Int(path), database >= 0 else {
                throw RedisError(.invalidURL, "The URL path must be a database number.")
            }
            self.database = database
        }
    }
}
