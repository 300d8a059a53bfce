import Foundation
import Security

/// The JWT secret the embedded default keeps in its data folder, readable by its owner only.
enum SecretFile {
    static func loadOrCreate(at path: String) throws -> [UInt8] {
        if let data = FileManager.default.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { return Array(text.utf8) }
        }
        let secret = SecureRandom.token(bytes: 32)
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data((secret + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
        else { throw CLIError("Cannot write the JWT secret to \(path).") }
        chmod(path, 0o600)
        return Array(secret.utf8)
    }
}
