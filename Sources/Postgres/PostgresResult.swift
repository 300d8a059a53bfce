/// The rows of one statement, values in PostgreSQL's text format.
public struct PostgresResult: Sendable {
    public let columns: [String]
    public let rows: [PostgresRow]
    /// Rows inserted, updated, deleted, copied or selected, as the server reports them.
    public let affectedRows: Int

    public init(columns: [String], rows: [PostgresRow], affectedRows: Int) {
        self.columns = columns
        self.rows = rows
        self.affectedRows = affectedRows
    }
}

/// One row; columns are looked up by name (first match) or position.
public struct PostgresRow: Sendable {
    public let columns: [String]
    public let values: [String?]

    public init(columns: [String], values: [String?]) {
        precondition(columns.count == values.count)
        self.columns = columns
        self.values = values
    }

    public subscript(_ column: String) -> String? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        return values[index]
    }

    public subscript(_ index: Int) -> String? { values[index] }

    public func string(_ column: String) -> String? { self[column] }

    public func int(_ column: String) -> Int? { self[column].flatMap { Int($0) } }

    public func double(_ column: String) -> Double? {
        guard let text = self[column] else { return nil }
        switch text {
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        case "NaN": return .nan
        default: return Double(text)
        }
    }

    /// `t`/`f` as PostgreSQL prints booleans; `true`/`false` also accepted.
    public func bool(_ column: String) -> Bool? {
        switch self[column] {
        case "t", "true": return true
        case "f", "false": return false
        default: return nil
        }
    }

    /// A one-dimensional array column (`text[]`, `int[]`, ...); NULL elements become nil.
    public func array(_ column: String) -> [String?]? {
        self[column].flatMap(PostgresArrayParser.parse)
    }
}
