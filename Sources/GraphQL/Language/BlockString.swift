/// Block string rules shared by the lexer and the printer (spec 2.9.4 BlockStringValue).
enum BlockString {
    /// Removes the common indentation of all lines but the first, then leading and
    /// trailing blank lines, and joins the rest with `\n`.
    static func dedent(_ lines: [[UInt8]]) -> [UInt8] {
        var commonIndent = Int.max
        var firstNonBlank: Int?
        var lastNonBlank = -1
        for (number, line) in lines.enumerated() {
            let indent = leadingWhitespace(line)
            if indent == line.count { continue }
            if firstNonBlank == nil { firstNonBlank = number }
            lastNonBlank = number
            if number != 0 && indent < commonIndent { commonIndent = indent }
        }

        guard let first = firstNonBlank else { return [] }
        var result: [UInt8] = []
        for number in first...lastNonBlank {
            if number > first { result.append(0x0A) }
            let line = lines[number]
            result.append(contentsOf: number == 0 ? line[...] : line.dropFirst(commonIndent))
        }
        return result
    }

    private static func leadingWhitespace(_ line: [UInt8]) -> Int {
        var count = 0
        while count < line.count, line[count] == 0x20 || line[count] == 0x09 { count += 1 }
        return count
    }

    /// Prints `value` as a block string the way graphql-js 16 does: on its own
    /// lines unless it is one short line, with `"""` escaped.
    static func print(_ value: String) -> String {
        let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
        let lines = splitLines(escaped)
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine =
            lines.count > 1
            && lines.dropFirst().allSatisfy { $0.isEmpty || isWhiteSpace($0.utf8.first) }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = value.hasSuffix("\\")
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines =
            !isSingleLine || value.utf16.count > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && isWhiteSpace(value.utf8.first)

        var result = "\"\"\""
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine {
            result += "\n"
        }
        result += escaped
        if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
        return result + "\"\"\""
    }

    private static func isWhiteSpace(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Splits on `\r\n`, `\n` and `\r`.
    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        let utf8 = text.utf8
        while index < text.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(text[start..<index])
                var next = utf8.index(after: index)
                if byte == 0x0D, next < text.endIndex, utf8[next] == 0x0A {
                    next = utf8.index(after: next)
                }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(text[start..<text.endIndex])
        return lines
    }
}
