import COpenSSL

/// HMAC (RFC 2104) through OpenSSL.
public enum HMAC {
    public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        sha256(key: key, message: message[...])
    }

    public static func sha256(key: [UInt8], message: some Collection<UInt8>) -> [UInt8] {
        withContiguousBytes(message) { data, dataCount in
            withContiguousBytes(key) { key, keyCount in
                var mac = [UInt8](repeating: 0, count: SHA256.digestLength)
                var length: UInt32 = 0
                let result = mac.withUnsafeMutableBufferPointer { output in
                    COpenSSL.HMAC(
                        EVP_sha256(), key, Int32(keyCount), data, dataCount, output.baseAddress,
                        &length)
                }
                precondition(result != nil && length == SHA256.digestLength, "HMAC-SHA256 failed")
                return mac
            }
        }
    }
}

/// Comparison whose time does not depend on where the inputs differ.
public enum ConstantTime {
    /// Equal lengths and equal bytes. The lengths themselves are not secret.
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in CRYPTO_memcmp(a.baseAddress, b.baseAddress, a.count) == 0 }
        }
    }
}
