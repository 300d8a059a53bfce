import COpenSSL

/// SHA-256 (FIPS 180-4) through OpenSSL's EVP interface.
public enum SHA256 {
    public static let digestLength = 32

    public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        withContiguousBytes(bytes) { input, count in
            var digest = [UInt8](repeating: 0, count: digestLength)
            var length: UInt32 = 0
            let status = digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input, count, output.baseAddress, &length, EVP_sha256(), nil)
            }
            precondition(status == 1 && length == digestLength, "EVP_Digest(SHA-256) failed")
            return digest
        }
    }

    public static func hash(_ text: String) -> [UInt8] { hash(text.utf8) }

    /// Lowercase hex digest of the UTF-8 of `text` (the persisted-query key form).
    public static func hex(_ text: String) -> String { Hex.encode(hash(text.utf8)) }
}

/// Calls `body` with the bytes of `bytes` in one contiguous buffer (copying
/// only when the collection is not contiguous), never with a NULL pointer:
/// some C functions reject NULL even for zero bytes.
func withContiguousBytes<R>(
    _ bytes: some Collection<UInt8>, _ body: (UnsafePointer<UInt8>, Int) -> R
) -> R {
    let result = bytes.withContiguousStorageIfAvailable { buffer in
        if let base = buffer.baseAddress, buffer.count > 0 { return body(base, buffer.count) }
        var empty: UInt8 = 0
        return withUnsafePointer(to: &empty) { body($0, 0) }
    }
    if let result { return result }
    return withContiguousBytes(Array(bytes), body)
}
