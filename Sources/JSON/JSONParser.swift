/// The reader's state: a cursor over the input and an explicit stack of the
/// containers still open.
///
/// Values of open containers wait on one shared `values` stack (object keys on
/// `keys`); closing a container moves its slice of the stack into one array,
/// so each container costs one allocation.
struct JSONParser {
    let input: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var values: [JSON] = []
    var keys: [String] = []
    /// A hash of each entry of `keys`, to find duplicates cheaply.
    var keyHashes: [UInt64] = []
    var open: [OpenContainer] = []
    /// Reused for strings that contain escapes.
    var scratch: [UInt8] = []

    struct OpenContainer {
        var isObject: Bool
        var firstValue: Int
        var firstKey: Int
    }

    init(_ input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.input = input
        self.maxDepth = maxDepth
    }

    /// JSON-text = ws value ws
    mutating func parseDocument() throws(JSONError) -> JSON {
        var value = try parseValueOrOpen()
        while true {
            values.append(value)
            skipWhitespace()
            guard let container = open.last else { break }
            value = try continueContainer(container)
        }
        guard index == input.count else {
            throw error("Unexpected \(describeByte(at: index)) after the end of the document.")
        }
        return values.removeLast()
    }

    /// Reads the next scalar or empty container. Containers opened on the way
    /// are pushed, so the value returned belongs to the innermost open one.
    mutating func parseValueOrOpen() throws(JSONError) -> JSON {
        while true {
            skipWhitespace()
            guard index < input.count else {
                throw error("Expected a value but the document ended.")
            }
            switch input[index] {
            case UInt8(ascii: "{"):
                try checkDepth()
                index += 1
                skipWhitespace()
                if peek(UInt8(ascii: "}")) {
                    index += 1
                    return .object(JSONObject())
                }
                push(isObject: true)
                try parseMemberName()
            case UInt8(ascii: "["):
                try checkDepth()
                index += 1
                skipWhitespace()
                if peek(UInt8(ascii: "]")) {
                    index += 1
                    return .array([])
                }
                push(isObject: false)
            case UInt8(ascii: "\""):
                return .string(try parseString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return try parseNumber()
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                return .null
            default:
                throw error("Expected a value but found \(describeByte(at: index)).")
            }
        }
    }

    /// After a member of the innermost open container: a separator and the
    /// next member, or the closing bracket.
    mutating func continueContainer(_ container: OpenContainer) throws(JSONError) -> JSON {
        guard index < input.count else {
            let closing = container.isObject ? "'}'" : "']'"
            throw error("Expected ',' or \(closing) but the document ended.")
        }
        let byte = input[index]
        index += 1
        if container.isObject {
            if byte == UInt8(ascii: ",") {
                skipWhitespace()
                try parseMemberName()
                return try parseValueOrOpen()
            }
            if byte == UInt8(ascii: "}") { return closeObject(container) }
            index -= 1
            throw error(
                "Expected ',' or '}' after an object member but found \(describeByte(at: index)).")
        } else {
            if byte == UInt8(ascii: ",") { return try parseValueOrOpen() }
            if byte == UInt8(ascii: "]") { return closeArray(container) }
            index -= 1
            throw error(
                "Expected ',' or ']' after an array element but found \(describeByte(at: index)).")
        }
    }

    /// member = string name-separator (the value follows)
    mutating func parseMemberName() throws(JSONError) {
        guard peek(UInt8(ascii: "\"")) else {
            if index == input.count {
                throw error("Expected an object key but the document ended.")
            }
            throw error("Expected an object key (a string) but found \(describeByte(at: index)).")
        }
        let start = index
        let key = try parseString()
        keys.append(key)
        keyHashes.append(
            Self.hash(of: key, rawLength: index - start - 2, rawEnd: index - 1, in: input))
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else {
            if index == input.count { throw error("Expected ':' but the document ended.") }
            throw error("Expected ':' after an object key but found \(describeByte(at: index)).")
        }
        index += 1
    }

    /// Called at an opening bracket, before it counts as open.
    func checkDepth() throws(JSONError) {
        guard open.count < maxDepth else {
            throw error("Nesting is deeper than the limit of \(maxDepth).")
        }
    }

    mutating func push(isObject: Bool) {
        open.append(
            OpenContainer(isObject: isObject, firstValue: values.count, firstKey: keys.count))
    }

    mutating func closeArray(_ container: OpenContainer) -> JSON {
        open.removeLast()
        let elements = Array(values[container.firstValue...])
        values.removeSubrange(container.firstValue...)
        return .array(elements)
    }

    mutating func closeObject(_ container: OpenContainer) -> JSON {
        open.removeLast()
        var members: [(key: String, value: JSON)] = []
        members.reserveCapacity(values.count - container.firstValue)
        for (key, value) in zip(keys[container.firstKey...], values[container.firstValue...]) {
            members.append((key: key, value: value))
        }
        let mayRepeatKeys = Self.hasRepeatedHash(keyHashes[container.firstKey...])
        values.removeSubrange(container.firstValue...)
        keys.removeSubrange(container.firstKey...)
        keyHashes.removeSubrange(container.firstKey...)
        if mayRepeatKeys { return .object(JSONObject(keepingLastOfDuplicates: members)) }
        return .object(JSONObject(members))
    }

    /// FNV-1a over the key's UTF-8. Escapes always make the raw text longer
    /// than the decoded key, so equal lengths mean the raw bytes are the key.
    static func hash(
        of key: String, rawLength: Int, rawEnd: Int, in input: UnsafeBufferPointer<UInt8>
    ) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        if rawLength == key.utf8.count {
            for byte in input[(rawEnd - rawLength)..<rawEnd] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        } else {
            for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        return hash
    }

    static func hasRepeatedHash(_ hashes: ArraySlice<UInt64>) -> Bool {
        guard hashes.count > 1 else { return false }
        if hashes.count <= 16 {
            for i in hashes.indices.dropFirst() {
                for j in hashes.startIndex..<i where hashes[j] == hashes[i] { return true }
            }
            return false
        }
        var seen = Set<UInt64>(minimumCapacity: hashes.count)
        for hash in hashes where !seen.insert(hash).inserted { return true }
        return false
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < input.count {
            switch input[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
            default:
                return
            }
        }
    }

    @inline(__always)
    func peek(_ byte: UInt8) -> Bool {
        index < input.count && input[index] == byte
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let start = index
        let length = literal.utf8CodeUnitCount
        var matched = 0
        while matched < length, index < input.count,
            input[index] == literal.utf8Start[matched]
        {
            matched += 1
            index += 1
        }
        guard matched == length else {
            index = start
            throw error("Invalid literal; expected '\(literal)'.")
        }
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(message: message, offset: offset ?? index)
    }

    func describeByte(at offset: Int) -> String {
        guard offset < input.count else { return "the end of the document" }
        let byte = input[offset]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}

extension JSONObject {
    /// Members as read, with each repeated key reduced to its last value at
    /// the position of its first appearance.
    init(keepingLastOfDuplicates members: [(key: String, value: JSON)]) {
        var firstIndex: [String: Int] = [:]
        var unique: [(key: String, value: JSON)] = []
        unique.reserveCapacity(members.count)
        for member in members {
            if let at = firstIndex[member.key] {
                unique[at].value = member.value
            } else {
                firstIndex[member.key] = unique.count
                unique.append(member)
            }
        }
        self.init(unique)
    }
}
