import JSON

/// An error reported to a client (spec 7.1.2): syntax, validation and field errors alike.
public struct GraphQLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var locations: [SourceLocation]
    /// The response path of a field error; empty for request errors.
    public var path: [PathComponent]
    public var extensions: JSONObject?

    public init(
        _ message: String, locations: [SourceLocation] = [], path: [PathComponent] = [],
        extensions: JSONObject? = nil
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
    }

    /// An error located at the start of each given node range that has one.
    public init(_ message: String, at ranges: [SourceRange?], in source: Source?) {
        let locations: [SourceLocation] =
            if let source { ranges.compactMap { source.location(of: $0) } } else { [] }
        self.init(message, locations: locations)
    }

    /// The response form: `message`, then `locations`, `path` and `extensions` when not empty.
    public var json: JSON {
        var object = JSONObject()
        object.append("message", .string(message))
        if !locations.isEmpty {
            let list: [JSON] = locations.map { ["line": .int($0.line), "column": .int($0.column)] }
            object.append("locations", .array(list))
        }
        if !path.isEmpty {
            object.append("path", .array(path.map(\.json)))
        }
        if let extensions, !extensions.isEmpty {
            object.append("extensions", .object(extensions))
        }
        return .object(object)
    }

    public var description: String {
        locations.isEmpty
            ? message : "\(message) (\(locations.map(\.description).joined(separator: ", ")))"
    }
}

/// An error that knows how it should appear to clients, so infrastructure failures
/// (a database connection string, a server address) do not leak into responses.
public protocol GraphQLErrorConvertible: Error {
    var graphQLError: GraphQLError { get }
}
