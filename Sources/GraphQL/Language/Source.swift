/// The text of a GraphQL document, kept so byte ranges can become line and column.
public struct Source: Sendable, Hashable {
    public var body: String
    /// Shown by tools that report errors across several documents.
    public var name: String

    public init(_ body: String, name: String = "GraphQL request") {
        self.body = body
        self.name = name
    }

    /// The 1-based line and column of a UTF-8 byte offset.
    ///
    /// Columns count UTF-16 code units, as graphql-js does, so locations agree with
    /// it for non-ASCII text. Line breaks are `\n`, `\r\n` and `\r` (spec 2.1.3).
    /// Linear in the offset; only errors need it.
    public func location(of offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        let bytes = body.utf8
        var iterator = bytes.makeIterator()
        var pendingCarriageReturn = false
        while index < offset, let byte = iterator.next() {
            index += 1
            if byte == 0x0A {
                line += pendingCarriageReturn ? 0 : 1
                lineStart = index
                pendingCarriageReturn = false
            } else if byte == 0x0D {
                line += 1
                lineStart = index
                pendingCarriageReturn = true
            } else {
                pendingCarriageReturn = false
            }
        }
        return SourceLocation(line: line, column: utf16Length(from: lineStart, to: index) + 1)
    }

    /// The location of the start of a range, or nil for nodes built in code.
    public func location(of range: SourceRange?) -> SourceLocation? {
        range.map { location(of: $0.start) }
    }

    private func utf16Length(from start: Int, to end: Int) -> Int {
        let utf8 = body.utf8
        guard start < end,
            let lower = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex),
            let upper = utf8.index(utf8.startIndex, offsetBy: end, limitedBy: utf8.endIndex)
        else { return end - start }
        return body.utf16.distance(from: lower, to: upper)
    }
}
