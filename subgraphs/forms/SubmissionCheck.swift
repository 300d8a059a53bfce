import GraphQL
import JSON

/// Checks submitted data against a form's fields: an object, no unknown
/// keys, every required field present and not null, every value of its
/// field's kind. All problems are reported together, one sentence each.
enum SubmissionCheck {
    /// Longest text a field may hold, in characters; a form is not a file store.
    static let maxTextLength = 10_000
    /// Largest submission as JSON text, in bytes.
    static let maxDataBytes = 64 * 1024

    static func problems(_ data: JSON, fields: JSON) -> [String] {
        guard case .object(let values) = data else {
            return ["Submission data must be a JSON object keyed by field name."]
        }
        let size = data.serializedBytes.count
        if size > maxDataBytes {
            return ["Submission data is \(size) bytes; at most \(maxDataBytes) are accepted."]
        }
        let definitions = (fields.arrayValue ?? []).compactMap(\.objectValue)
        let names = Set(definitions.compactMap { $0["name"]?.stringValue })
        var problems: [String] = []

        for key in values.keys where !names.contains(key) {
            problems.append("Field \"\(key)\" is not part of this form.")
        }
        for definition in definitions {
            guard let name = definition["name"]?.stringValue else { continue }
            let value = values[name] ?? .null
            if value.isNull {
                if definition["required"]?.boolValue == true {
                    problems.append("Field \"\(name)\" is required.")
                }
                continue
            }
            let kind = definition["kind"]?.stringValue ?? "TEXT"
            let options = definition["options"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if let problem = problem(value, kind: kind, options: options) {
                problems.append("Field \"\(name)\" \(problem).")
            }
        }
        return problems
    }

    private static func problem(_ value: JSON, kind: String, options: [String]) -> String? {
        switch kind {
        case "TEXT":
            guard let text = value.stringValue else { return "must be text" }
            return text.count > maxTextLength
                ? "must be at most \(maxTextLength) characters long" : nil
        case "NUMBER":
            // 1e400 is valid JSON but no double: it would be stored and echoed as text.
            guard let number = value.doubleValue, number.isFinite else {
                return "must be a finite number"
            }
            return nil
        case "CHECKBOX":
            return value.boolValue == nil ? "must be true or false" : nil
        case "DATE":
            guard let text = value.stringValue, isDate(text) else {
                return "must be a date (YYYY-MM-DD or an RFC 3339 time)"
            }
            return nil
        case "CHOICE":
            guard let text = value.stringValue, options.contains(text) else {
                let list = options.map { "\"\($0)\"" }.joined(separator: ", ")
                return "must be one of \(list)"
            }
            return nil
        case "LOCATION":
            guard let latitude = value["latitude"]?.doubleValue,
                let longitude = value["longitude"]?.doubleValue,
                (-90...90).contains(latitude), (-180...180).contains(longitude)
            else {
                return "must be an object with latitude (-90 to 90) and longitude (-180 to 180)"
            }
            return nil
        default:
            return nil
        }
    }

    /// `YYYY-MM-DD`, optionally followed by `T` and a time.
    private static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (48...57).contains(bytes[$0]) }
        guard digits, let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)),
            let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)),
            (1...12).contains(month), (1...31).contains(day)
        else { return false }
        return bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t")
    }
}
