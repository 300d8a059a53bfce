import COpenSSL

/// Cryptographically secure random bytes from OpenSSL's CSPRNG.
public enum SecureRandom {
    /// Traps if the generator fails: no caller can continue safely without it.
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0 && count <= Int(Int32.max))
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        let status = bytes.withUnsafeMutableBufferPointer {
            RAND_bytes($0.baseAddress, Int32(count))
        }
        precondition(status == 1, "RAND_bytes failed")
        return bytes
    }

    /// An unguessable token: `bytes` random bytes as unpadded base64url.
    public static func token(bytes count: Int = 32) -> String {
        Base64URL.encode(bytes(count))
    }
}
