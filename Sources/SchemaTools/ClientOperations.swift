import Foundation
import GraphQL
import JSON
import Security

/// One document a client sends: a `.graphql` file or an entry of a persisted-query manifest.
public struct ClientDocument: Sendable, Hashable {
    /// A file path, or `manifest.json#<id>` for manifest entries.
    public var origin: String
    public var text: String

    public init(origin: String, text: String) {
        self.origin = origin
        self.text = text
    }
}

/// Reads client documents from disk.
public enum ClientDocuments {
    /// Every `.graphql` and `.gql` file under `directory`, sorted by path.
    public static func load(directory: String) throws -> [ClientDocument] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: directory) else {
            throw ToolError("Cannot read the directory \(directory).")
        }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".graphql") || relative.hasSuffix(".gql") {
                paths.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return try paths.sorted().map { path in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ToolError("Cannot read \(path).")
            }
            return ClientDocument(origin: path, text: text)
        }
    }

    /// The operations of a persisted-query manifest (see `PersistedQueryManifest`).
    public static func load(manifest path: String) throws -> [ClientDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolError("Cannot read the manifest \(path).")
        }
        let manifest = try PersistedQueryManifest(json: Array(data), origin: path)
        return manifest.entries.map { ClientDocument(origin: "\(path)#\($0.id)", text: $0.body) }
    }
}

/// A safelist of operations: Apollo's persisted-query manifest format
/// (`{"format": "apollo-persisted-query-manifest", "version": 1, "operations":
/// [{"id", "name", "type", "body"}]}`), where `id` is the SHA-256 of `body` in hex. A plain
/// object of `id: body` members is read too.
public struct PersistedQueryManifest: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var name: String?
        public var type: String?
        public var body: String

        public init(id: String, name: String?, type: String?, body: String) {
            self.id = id
            self.name = name
            self.type = type
            self.body = body
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public init(json bytes: [UInt8], origin: String = "manifest") throws {
        let document: JSON
        do {
            document = try JSONReader.parse(bytes)
        } catch {
            throw ToolError(
                "\(origin) is not valid JSON: \(error.message) at byte \(error.offset).")
        }
        var entries: [Entry] = []
        if let operations = document["operations"]?.arrayValue {
            for (index, item) in operations.enumerated() {
                guard let body = item["body"]?.stringValue else {
                    throw ToolError("\(origin): operations[\(index)] needs a string \"body\".")
                }
                let id = item["id"]?.stringValue ?? SHA256.hex(body)
                entries.append(
                    Entry(
                        id: id, name: item["name"]?.stringValue, type: item["type"]?.stringValue,
                        body: body))
            }
        } else if let object = document.objectValue {
            for (id, value) in object.members {
                guard let body = value.stringValue else {
                    throw ToolError("\(origin): the member \"\(id)\" must be a string.")
                }
                entries.append(Entry(id: id, name: nil, type: nil, body: body))
            }
        } else {
            throw ToolError("\(origin) needs an \"operations\" list or an object of id: text.")
        }
        self.entries = entries
    }

    /// The manifest as Apollo's format, members in a fixed order.
    public var json: JSON {
        var root = JSONObject()
        root.append("format", .string("apollo-persisted-query-manifest"))
        root.append("version", .int(1))
        root.append(
            "operations",
            .array(
                entries.map { entry in
                    var object = JSONObject()
                    object.append("id", .string(entry.id))
                    if let name = entry.name { object.append("name", .string(name)) }
                    if let type = entry.type { object.append("type", .string(type)) }
                    object.append("body", .string(entry.body))
                    return .object(object)
                }))
        return .object(root)
    }
}

/// An error of the tools' inputs, with a sentence for the user.
public struct ToolError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
