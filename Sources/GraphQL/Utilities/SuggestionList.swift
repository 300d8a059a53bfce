/// "Did you mean ...?" hints, chosen as graphql-js chooses them.
enum Suggestions {
    /// Options within a Levenshtein-style distance of the input, closest first, ties in
    /// natural order; an option listed twice is suggested once.
    static func list(_ input: String, options: [String]) -> [String] {
        let threshold = Int(Double(input.count) * 0.4) + 1
        let lowerInput = input.lowercased()
        var found: [(String, Int)] = []
        var seen: Set<String> = []
        for option in options where seen.insert(option).inserted {
            let distance =
                lowerInput == option.lowercased() ? 1 : lexicalDistance(input, option, threshold)
            if let distance, distance <= threshold { found.append((option, distance)) }
        }
        return found.sorted { a, b in
            a.1 != b.1 ? a.1 < b.1 : naturalPrecedes(a.0, b.0)
        }.map(\.0)
    }

    /// ` Did you mean "A", "B", or "C"?` (at most five), or the empty string.
    static func didYouMean(_ suggestions: [String], subMessage: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        var message = " Did you mean "
        if let subMessage { message += subMessage + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: message += quoted[0]
        case 2: message += "\(quoted[0]) or \(quoted[1])"
        default: message += quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last!
        }
        return message + "?"
    }

    /// Damerau-Levenshtein (optimal string alignment) over lowercased text; nil above threshold.
    private static func lexicalDistance(_ a: String, _ b: String, _ threshold: Int) -> Int? {
        if a == b { return 0 }
        let left = Array(a.lowercased().unicodeScalars)
        let right = Array(b.lowercased().unicodeScalars)
        if abs(left.count - right.count) > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: 3)
        for j in 0...right.count { rows[0][j] = j }
        for i in 1...max(left.count, 1) where left.count > 0 {
            let row = i % 3
            let previous = (i - 1) % 3
            rows[row][0] = i
            var smallest = rows[row][0]
            for j in 1...max(right.count, 1) where right.count > 0 {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                var value = min(
                    rows[previous][j] + 1, rows[row][j - 1] + 1, rows[previous][j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    value = min(value, rows[(i - 2) % 3][j - 2] + 1)
                }
                rows[row][j] = value
                smallest = min(smallest, value)
            }
            if smallest > threshold { return nil }
        }
        let distance = rows[left.count % 3][right.count]
        return distance <= threshold ? distance : nil
    }
}
