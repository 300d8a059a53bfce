import JSON

/// Reads arbitrary bytes as JSON. A value read must write and read back to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: count)
    guard let value = try? JSONReader.parse(buffer, limits: JSONReaderLimits(maxDepth: 64))
    else { return 0 }
    let written = value.serializedBytes
    guard let again = try? JSONReader.parse(written, limits: JSONReaderLimits(maxDepth: 64))
    else { fatalError("written JSON does not read back: \(value.serialized)") }
    precondition(again.serializedBytes == written, "JSON round trip changed the value")
    return 0
}
