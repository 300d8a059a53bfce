@testable import GraphQL

/// Lexes arbitrary bytes to the end or to the first syntax error. The lexer must never trap
/// and must always move forward.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var lexer = Lexer(UnsafeBufferPointer(start: data, count: count))
    var previousEnd = -1
    while true {
        guard let token = try? lexer.next() else { break }
        precondition(token.start <= token.end && token.end <= count, "token out of range")
        precondition(token.end > previousEnd || token.kind == .endOfFile, "lexer stuck")
        if token.kind == .endOfFile { break }
        previousEnd = token.end
        _ = lexer.text(of: token)
    }
    return 0
}
