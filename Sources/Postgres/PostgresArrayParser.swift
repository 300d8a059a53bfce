/// Reads a one-dimensional array in PostgreSQL's text output format.
enum PostgresArrayParser {
    /// Returns nil for text that is not a one-dimensional array literal.
    static func parse(_ text: String) -> [String?]? {
        let chars = Array(text.unicodeScalars)
        guard chars.first == "{", chars.last == "}" else { return nil }
        var items: [String?] = []
        var i = 1
        let end = chars.count - 1
        if i == end { return [] }

        while i <= end {
            while i < end, chars[i] == " " { i += 1 }
            var item = String.UnicodeScalarView()
            var quoted = false
            if i < end, chars[i] == "{" { return nil }
            if i < end, chars[i] == "\"" {
                quoted = true
                i += 1
                while i < end, chars[i] != "\"" {
                    if chars[i] == "\\" { i += 1 }
                    guard i < end else { return nil }
                    item.append(chars[i])
                    i += 1
                }
                guard i < end else { return nil }
                i += 1
            } else {
                while i < end, chars[i] != "," {
                    if chars[i] == "\\" { i += 1 }
                    guard i < end else { return nil }
                    item.append(chars[i])
                    i += 1
                }
            }
            while i < end, chars[i] == " " { i += 1 }
            let value = String(item)
            if !quoted, value.uppercased() == "NULL" {
                items.append(nil)
            } else {
                items.append(quoted ? value : value.trimmingSpaces())
            }
            guard i == end || chars[i] == "," else { return nil }
            i += 1
        }
        return items
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var view = Substring(self)
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
