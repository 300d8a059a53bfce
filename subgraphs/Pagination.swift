import Foundation
import GraphQL
import JSON

/// `first` and `after` of a list field: cursors are opaque base64 of the
/// position (1-based) of the row in the list's order.
struct PageRequest: Sendable, Hashable {
    static let defaultSize = 20
    static let maxSize = 100

    let first: Int
    /// Rows to skip: the position of the `after` cursor, 0 without one.
    let offset: Int

    init(first: Int, offset: Int) {
        self.first = first
        self.offset = offset
    }

    init(arguments: JSONObject) throws {
        let first = arguments["first"]?.intValue ?? Self.defaultSize
        guard first >= 0 else {
            throw XPError.badInput("Argument \"first\" must not be negative.")
        }
        guard first <= Self.maxSize else {
            throw XPError.badInput(
                "Argument \"first\" must be at most \(Self.maxSize), got \(first).")
        }
        var offset = 0
        if case .string(let cursor)? = arguments["after"] {
            guard let position = Self.position(of: cursor) else {
                throw XPError.badInput("Argument \"after\" is not a valid cursor.")
            }
            offset = position
        }
        self.init(first: first, offset: offset)
    }

    /// A loader key suffix: loaders differ by page.
    var key: String { "\(first),\(offset)" }

    static func cursor(position: Int) -> String {
        Data("cursor:\(position)".utf8).base64EncodedString()
    }

    static func position(of cursor: String) -> Int? {
        guard let data = Data(base64Encoded: cursor),
            let text = String(data: data, encoding: .utf8), text.hasPrefix("cursor:"),
            let position = Int(text.dropFirst("cursor:".count)), position >= 0
        else { return nil }
        return position
    }
}

/// One page of a list: the rows and whether more follow.
struct Page<Node: Sendable>: Sendable {
    var nodes: [Node]
    var hasNextPage: Bool
    var offset: Int

    /// From up to `first + 1` rows fetched from `offset`.
    init(rows: [Node], request: PageRequest) {
        hasNextPage = rows.count > request.first
        nodes = Array(rows.prefix(request.first))
        offset = request.offset
    }
}

/// A connection (`edges`, `nodes`, `pageInfo`, `totalCount`). The count is
/// a separate batched query, run only when asked for.
struct Connection<Node: Sendable>: GraphQLObject {
    let page: Page<Node>
    let totalCount: @Sendable () async throws -> Int

    var graphQLTypeName: String? { nil }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "nodes":
            return page.nodes
        case "edges":
            return page.nodes.enumerated().map { index, node in
                Edge(cursor: PageRequest.cursor(position: page.offset + index + 1), node: node)
            }
        case "pageInfo":
            let end =
                page.nodes.isEmpty
                ? JSON.null : .string(PageRequest.cursor(position: page.offset + page.nodes.count))
            return JSON.object(["hasNextPage": .bool(page.hasNextPage), "endCursor": end])
        default:
            return nil
        }
    }
}

struct Edge<Node: Sendable>: GraphQLObject {
    let cursor: String
    let node: Node

    var graphQLTypeName: String? { nil }

    func graphQLField(_ name: String) -> (any Sendable)? {
        switch name {
        case "cursor": return cursor
        case "node": return node
        default: return nil
        }
    }
}

/// The resolver for `totalCount` on connection types.
enum ConnectionCount {
    static func register<Node: Sendable>(
        _ typeName: String, node: Node.Type, in resolvers: inout ResolverMap
    ) {
        resolvers.set(typeName, "totalCount") { field in
            try await (field.parent as! Connection<Node>).totalCount()
        }
    }
}
