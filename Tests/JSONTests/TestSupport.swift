import Foundation
import JSON

/// SplitMix64: a small deterministic generator so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs a program with `input` on stdin and returns its stdout.
func runProcess(_ arguments: [String], input: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    // Write on another thread so a large output cannot deadlock the pipes.
    let writer = Thread {
        stdin.fileHandleForWriting.write(Data(input))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ProcessFailure(status: process.terminationStatus)
    }
    return [UInt8](output)
}

struct ProcessFailure: Error { let status: Int32 }

/// Bytes from text where `%HH` stands for one raw byte, so invalid UTF-8
/// can be spelled in a string literal.
func bytes(_ spec: String) -> [UInt8] {
    var result: [UInt8] = []
    var utf8 = Array(spec.utf8)[...]
    while let byte = utf8.popFirst() {
        if byte == UInt8(ascii: "%"), utf8.count >= 2,
            let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
        {
            result.append(value)
            utf8 = utf8.dropFirst(2)
        } else {
            result.append(byte)
        }
    }
    return result
}

/// Equality where numbers compare by value across `.int`, `.double` and
/// `.number`, since another implementation may pick a different case.
func sameValue(_ a: JSON, _ b: JSON) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.number(let x), .number(let y)) where x == y: return true
    case (.int, .double), (.double, .int), (.double, .double), (.number, _), (_, .number):
        guard let x = a.doubleValue, let y = b.doubleValue else { return false }
        return x == y
    case (.array(let x), .array(let y)):
        return x.count == y.count && zip(x, y).allSatisfy(sameValue)
    case (.object(let x), .object(let y)):
        return x.count == y.count
            && zip(x.members, y.members).allSatisfy {
                $0.key == $1.key && sameValue($0.value, $1.value)
            }
    default:
        return a == b
    }
}
