import JSON

/// Random documents for differential tests: every kind of value, strings
/// with control, escape-worthy, non-ASCII and astral characters, integers
/// beyond `Int` as `.number`.
func randomJSON(depth: Int, using generator: inout SeededGenerator) -> JSON {
    let choice = depth >= 4 ? generator.next() % 6 : generator.next() % 9
    switch choice {
    case 0: return .null
    case 1: return .bool(generator.next() % 2 == 0)
    case 2: return .int(randomInt(using: &generator))
    case 3: return .double(randomDouble(using: &generator))
    case 4: return .string(randomString(using: &generator))
    case 5:
        // Integers beyond Int stay as text; Python keeps them exact too.
        let digits = (0..<(20 + Int(generator.next() % 20))).map { _ in
            String(generator.next() % 10)
        }
        return .number((generator.next() % 2 == 0 ? "-" : "") + "9" + digits.joined())
    case 6, 7:
        let count = Int(generator.next() % 6)
        return .array((0..<count).map { _ in randomJSON(depth: depth + 1, using: &generator) })
    default:
        var object = JSONObject()
        for index in 0..<Int(generator.next() % 6) {
            // A suffix keeps keys unique: Python and we both keep the last value.
            object.append(
                randomString(using: &generator) + "#\(index)",
                randomJSON(depth: depth + 1, using: &generator))
        }
        return .object(object)
    }
}

func randomInt(using generator: inout SeededGenerator) -> Int {
    let raw = Int(bitPattern: UInt(generator.next()))
    switch generator.next() % 3 {
    case 0: return raw
    case 1: return raw % 1000
    default: return raw >> 20
    }
}

func randomDouble(using generator: inout SeededGenerator) -> Double {
    while true {
        let value: Double
        if generator.next() % 2 == 0 {
            value = Double(bitPattern: generator.next())
        } else {
            value = Double(Int(generator.next() % 2_000_000) - 1_000_000) / 64
        }
        if value.isFinite { return value }
    }
}

func randomString(using generator: inout SeededGenerator) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int(generator.next() % 12) {
        let value: UInt32
        switch generator.next() % 6 {
        case 0: value = UInt32(generator.next() % 0x20)  // control characters
        case 1: value = [0x22, 0x5C, 0x2F, 0x7F][Int(generator.next() % 4)]
        case 2: value = 0x20 + UInt32(generator.next() % 0x5F)
        case 3: value = 0x80 + UInt32(generator.next() % 0x780)
        case 4: value = 0x800 + UInt32(generator.next() % 0xF800)
        default: value = 0x10000 + UInt32(generator.next() % 0x100000)
        }
        if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    return String(scalars)
}
