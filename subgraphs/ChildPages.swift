import Postgres

/// Per-parent lists in one statement each, however many parents a wave has: a
/// LATERAL join runs the parent's own ordered, limited index scan for each id in
/// `$1`, so a parent with a million rows costs no more than one with ten; counts
/// are one grouped query.
struct ChildList: Sendable {
    /// The table (or joined source) to read.
    let table: String
    /// The columns to select, as SQL.
    let columns: String
    /// The column holding the parent id.
    let parentColumn: String
    /// Extra condition on the rows, using parameters from `$2` on.
    var filter: String? = nil
    var filterParams: [PostgresValue] = []

    /// Up to `page.first + 1` rows per parent, after `page.offset`, newest first.
    func pages(_ parents: [Int], _ page: PageRequest, in database: Database) async throws
        -> [Int: Page<PostgresRow>]
    {
        let next = filterParams.count + 2
        let sql = """
            SELECT xp_rows.* FROM unnest($1::bigint[]) WITH ORDINALITY AS xp_parents(id, ord)
            CROSS JOIN LATERAL (
                SELECT \(columns), \(parentColumn) AS xp_parent,
                    row_number() OVER (ORDER BY created_at DESC, id DESC) AS xp_position
                FROM \(table)
                WHERE \(parentColumn) = xp_parents.id\(filter.map { " AND (\($0))" } ?? "")
                ORDER BY created_at DESC, id DESC
                OFFSET $\(next) LIMIT $\(next + 1)
            ) AS xp_rows
            ORDER BY xp_parents.ord, xp_rows.xp_position
            """
        let result = try await database.query(
            sql,
            [.intArray(Array(Set(parents)))] + filterParams + [
                .int(page.offset), .int(page.first + 1),
            ])
        var rows: [Int: [PostgresRow]] = [:]
        for row in result.rows {
            if let parent = row.int("xp_parent") { rows[parent, default: []].append(row) }
        }
        var pages: [Int: Page<PostgresRow>] = [:]
        for parent in parents { pages[parent] = Page(rows: rows[parent] ?? [], request: page) }
        return pages
    }

    /// How many rows each parent has.
    func counts(_ parents: [Int], in database: Database) async throws -> [Int: Int] {
        let sql = """
            SELECT \(parentColumn) AS xp_parent, count(*) AS xp_count FROM \(table)
            WHERE \(parentColumn) = ANY($1::bigint[])\(filter.map { " AND (\($0))" } ?? "")
            GROUP BY \(parentColumn)
            """
        let result = try await database.query(sql, [.intArray(parents)] + filterParams)
        var counts: [Int: Int] = [:]
        for parent in parents { counts[parent] = 0 }
        for row in result.rows {
            if let parent = row.int("xp_parent") { counts[parent] = row.int("xp_count") ?? 0 }
        }
        return counts
    }
}
