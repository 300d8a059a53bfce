/// A composition rule a set of subgraphs breaks, with a stable federation code.
public struct CompositionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code such as `INVALID_FIELD_SHARING`.
    public var code: String
    public var message: String
    /// The subgraphs involved, in the order the message names them.
    public var subgraphs: [String]
    /// Where the offending elements are, as `subgraph:line:column`.
    public var locations: [String]
    /// `Type` or `Type.field` the error is about, when one element is.
    var coordinate: String?

    public init(code: String, message: String, subgraphs: [String], locations: [String] = []) {
        self.code = code
        self.message = message
        self.subgraphs = subgraphs
        self.locations = locations
    }

    public var description: String { "[\(code)] \(message)" }

    /// An error about one schema element, located later from its coordinate.
    static func about(
        _ coordinate: String, code: String, message: String, subgraphs: [String]
    ) -> CompositionError {
        var error = CompositionError(code: code, message: message, subgraphs: subgraphs)
        error.coordinate = coordinate
        return error
    }
}

/// Every error one composition attempt found.
public struct CompositionErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [CompositionError]

    public init(_ errors: [CompositionError]) { self.errors = errors }

    public var codes: [String] { errors.map(\.code) }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
