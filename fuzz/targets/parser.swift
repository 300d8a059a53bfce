import GraphQL

/// Parses arbitrary text as an executable or schema document. A parsed document must print
/// and parse again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let document = try? parse(text, limits: .default) else { return 0 }
    let printed = print(document)
    do {
        _ = try parse(printed, limits: .schema)
    } catch {
        fatalError("printed document does not parse again: \(error.message)\n\(printed)")
    }
    return 0
}
