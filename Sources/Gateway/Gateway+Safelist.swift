import GraphQL
import HTTP
import JSON
import Security

/// The only operations a gateway runs when safelisting is on: a persisted-query manifest's
/// entries, found by SHA-256 hash or by identical text.
public struct Safelist: Sendable {
    /// Lower-case hex SHA-256 of the text to the text.
    public let textsByHash: [String: String]

    /// `entries` are (id, text) pairs; an id that is not the text's SHA-256 also finds it.
    public init(entries: [(id: String, text: String)]) {
        var texts: [String: String] = [:]
        for entry in entries {
            texts[SHA256.hex(entry.text)] = entry.text
            texts[entry.id.lowercased()] = entry.text
        }
        textsByHash = texts
    }

    public var count: Int { Set(textsByHash.values).count }

    /// Refusals: 403 with `extensions.code` `PERSISTED_QUERY_NOT_IN_SAFELIST` (a hash the
    /// list lacks) or `OPERATION_NOT_IN_SAFELIST` (a text the list lacks).
    public static let status = 403
}

extension Gateway {
    /// Stage 2 with a safelist: replaces automatic persisted queries, so a client can
    /// neither register new hashes nor send texts outside the list.
    func resolveSafelistedQuery(
        _ request: GraphQLHTTPRequest, safelist: Safelist
    ) throws(RequestFailure) -> String {
        if let persisted = request.extensions?["persistedQuery"], !persisted.isNull {
            guard let hash = persisted["sha256Hash"]?.stringValue?.lowercased(), !hash.isEmpty
            else {
                throw RequestFailure(
                    [GraphQLError("Persisted query sha256Hash must be a string")],
                    code: "BAD_REQUEST", stage: "safelist", status: 400)
            }
            guard let text = safelist.textsByHash[hash] else {
                throw RequestFailure(
                    [GraphQLError("This persisted query is not in the gateway's safelist.")],
                    code: "PERSISTED_QUERY_NOT_IN_SAFELIST", stage: "safelist",
                    status: Safelist.status)
            }
            if let query = request.query, query != text {
                throw RequestFailure(
                    [GraphQLError("provided sha does not match query")],
                    code: "BAD_REQUEST", stage: "safelist", status: 400)
            }
            return text
        }
        guard let query = request.query else {
            throw RequestFailure(
                [GraphQLError("Must provide query string.")], code: "BAD_REQUEST",
                stage: "decode", status: 400)
        }
        guard safelist.textsByHash[SHA256.hex(query)] == query else {
            throw RequestFailure(
                [GraphQLError("This operation is not in the gateway's safelist.")],
                code: "OPERATION_NOT_IN_SAFELIST", stage: "safelist", status: Safelist.status)
        }
        return query
    }
}
