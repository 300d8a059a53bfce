/// A `FieldSet` value (`"id"`, `"sku package"`, `"study { caseNumber }"`): a selection
/// set without its outer braces, as `@key`, `@requires` and `@provides` take it.
///
/// Arguments and directives are not allowed in field sets used here.
struct FieldSet: Sendable, Hashable, CustomStringConvertible {
    indirect enum Item: Sendable, Hashable {
        case field(name: String, alias: String?, selections: [Item])
        case fragment(typeCondition: String?, selections: [Item])
    }

    var items: [Item]

    init(items: [Item]) { self.items = items }

    /// Parses the text of a field set.
    init(parsing text: String) throws(FieldSetError) {
        var scanner = FieldSetScanner(text)
        let items = try scanner.selections(untilBrace: false)
        guard !items.isEmpty else { throw FieldSetError(message: "empty field set") }
        self.items = items
    }

    /// The field set inside a selection set's text (`{ currency }`), as
    /// `@fromContext` and join's context arguments write it.
    init(selection text: String) throws(FieldSetError) {
        var inner = Substring(text)
        inner = inner.drop { $0 == " " }
        while inner.last == " " { inner = inner.dropLast() }
        if inner.first == "{" && inner.last == "}" { inner = inner.dropFirst().dropLast() }
        try self.init(parsing: String(inner))
    }

    /// The names of the top-level fields, in order.
    var fieldNames: [String] {
        items.compactMap { if case .field(let name, _, _) = $0 { name } else { nil } }
    }

    /// The canonical text: single spaces, no outer braces.
    var description: String { Self.print(items) }

    static func print(_ items: [Item]) -> String {
        items.map { item in
            switch item {
            case .field(let name, let alias, let selections):
                let head = alias.map { "\($0): \(name)" } ?? name
                return selections.isEmpty ? head : "\(head) { \(print(selections)) }"
            case .fragment(let condition, let selections):
                let head = condition.map { "... on \($0)" } ?? "..."
                return "\(head) { \(print(selections)) }"
            }
        }.joined(separator: " ")
    }
}

struct FieldSetError: Error, Sendable, Hashable {
    var message: String
}

/// Reads names and punctuation of a field set; the grammar is tiny, so no AST detour.
private struct FieldSetScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func selections(untilBrace: Bool) throws(FieldSetError) -> [FieldSet.Item] {
        var items: [FieldSet.Item] = []
        while true {
            skipIgnored()
            guard index < bytes.count else {
                if untilBrace { throw FieldSetError(message: "expected \"}\"") }
                return items
            }
            if bytes[index] == UInt8(ascii: "}") {
                guard untilBrace else { throw FieldSetError(message: "unexpected \"}\"") }
                index += 1
                return items
            }
            if bytes[index] == UInt8(ascii: ".") {
                guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "."),
                    bytes[index + 2] == UInt8(ascii: ".")
                else { throw FieldSetError(message: "unexpected \".\"") }
                index += 3
                skipIgnored()
                var condition: String?
                if peekName() == "on" {
                    _ = try name()
                    condition = try name()
                }
                try expect(UInt8(ascii: "{"))
                items.append(
                    .fragment(
                        typeCondition: condition, selections: try selections(untilBrace: true)))
                continue
            }
            var fieldName = try name()
            var alias: String?
            skipIgnored()
            if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                index += 1
                alias = fieldName
                fieldName = try name()
                skipIgnored()
            }
            if index < bytes.count,
                bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "@")
            {
                throw FieldSetError(
                    message: "arguments and directives are not supported in field sets")
            }
            var inner: [FieldSet.Item] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "{") {
                index += 1
                inner = try selections(untilBrace: true)
                if inner.isEmpty { throw FieldSetError(message: "empty selection set") }
            }
            items.append(.field(name: fieldName, alias: alias, selections: inner))
        }
    }

    private mutating func expect(_ byte: UInt8) throws(FieldSetError) {
        skipIgnored()
        guard index < bytes.count, bytes[index] == byte else {
            throw FieldSetError(message: "expected \"\(Character(Unicode.Scalar(byte)))\"")
        }
        index += 1
    }

    private func peekName() -> String? {
        var end = index
        while end < bytes.count, Self.isNameByte(bytes[end], first: end == index) { end += 1 }
        return end > index ? String(decoding: bytes[index..<end], as: UTF8.self) : nil
    }

    private mutating func name() throws(FieldSetError) -> String {
        skipIgnored()
        guard let value = peekName() else {
            throw FieldSetError(message: index < bytes.count ? "expected a name" : "unexpected end")
        }
        index += value.utf8.count
        return value
    }

    private mutating func skipIgnored() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            default: return
            }
        }
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "_"):
            true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): !first
        default: false
        }
    }
}
