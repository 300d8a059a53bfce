import JSON
import Synchronization

/// Per-request values that subgraph fetches deep inside the plan executor need.
///
/// Task-locals reach child tasks of the executor without threading a context
/// through the Federation module's API.
enum RequestScope {
    @TaskLocal static var requestID: String?
    /// Set only when the client asked for `extensions.xpgraph`.
    @TaskLocal static var debug: DebugCounters?
}

/// Sums of what subgraphs reported for one request.
final class DebugCounters: Sendable {
    private let state = Mutex((sqlStatements: 0, subgraphRequests: 0))

    /// Counts one subgraph response and the SQL statements it reported.
    func record(responseBody: [UInt8]) {
        let statements = Self.sqlStatements(in: responseBody)
        state.withLock {
            $0.subgraphRequests += 1
            $0.sqlStatements += statements
        }
    }

    var json: JSON {
        let (sql, requests) = state.withLock { ($0.sqlStatements, $0.subgraphRequests) }
        return ["sqlStatements": .int(sql), "subgraphRequests": .int(requests)]
    }

    /// `extensions.xpgraph.sqlStatements` of a subgraph response: a count or a list.
    static func sqlStatements(in body: [UInt8]) -> Int {
        guard let response = try? JSONReader.parse(body),
            let reported = response["extensions"]?["xpgraph"]?["sqlStatements"]
        else { return 0 }
        if let count = reported.intValue { return count }
        return reported.arrayValue?.count ?? 0
    }
}
