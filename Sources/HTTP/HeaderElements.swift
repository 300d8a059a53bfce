/// One element of a comma-separated header value such as `Accept` or `Accept-Encoding`.
struct HeaderElement: Equatable {
    /// The token or media range, lowercased, without parameters.
    var value: String
    /// Parameters with lowercased names; quality (`q`) is kept separately.
    var parameters: [String: String]
    /// The `q` weight (RFC 9110 §12.4.2), 1 when absent.
    var quality: Double

    /// Splits `a;q=0.5, b;x=y` into elements; quoted commas are not supported.
    static func parseList(_ header: String) -> [HeaderElement] {
        header.split(separator: ",").compactMap { part in
            var pieces = part.split(separator: ";").map { $0.trimmingWhitespace() }
            guard let first = pieces.first, !first.isEmpty else { return nil }
            pieces.removeFirst()
            var element = HeaderElement(value: first.lowercased(), parameters: [:], quality: 1)
            for piece in pieces {
                guard let equals = piece.firstIndex(of: "=") else { continue }
                let name = piece[..<equals].trimmingWhitespace().lowercased()
                var value = piece[piece.index(after: equals)...].trimmingWhitespace()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                if name == "q" {
                    element.quality = Double(value) ?? 1
                } else {
                    element.parameters[name] = value
                }
            }
            return element
        }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }),
            let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}

extension HTTPHeaders {
    /// Whether `Accept-Encoding` admits gzip with a non-zero weight.
    var acceptsGzip: Bool {
        guard let header = self["Accept-Encoding"] else { return false }
        var wildcard: Double?
        for element in HeaderElement.parseList(header) {
            if element.value == "gzip" || element.value == "x-gzip" { return element.quality > 0 }
            if element.value == "*" { wildcard = element.quality }
        }
        return (wildcard ?? 0) > 0
    }
}
