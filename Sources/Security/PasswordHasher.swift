import CArgon2

/// Cost settings for Argon2id (RFC 9106).
public struct Argon2Parameters: Sendable, Equatable {
    /// Memory per hash, in KiB.
    public var memoryKiB: UInt32
    public var iterations: UInt32
    public var parallelism: UInt32
    public var saltLength: Int
    public var hashLength: Int

    public init(
        memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32, saltLength: Int = 16,
        hashLength: Int = 32
    ) {
        self.memoryKiB = memoryKiB
        self.iterations = iterations
        self.parallelism = parallelism
        self.saltLength = saltLength
        self.hashLength = hashLength
    }

    /// 19 MiB, 2 passes, 1 lane: OWASP's minimum for Argon2id, a few tens
    /// of milliseconds per login on one core.
    public static let `default` = Argon2Parameters(memoryKiB: 19_456, iterations: 2, parallelism: 1)
}

/// Why a password could not be hashed (libargon2's error code and text).
public struct PasswordHashError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32
    public let message: String

    init(code: Int32) {
        self.code = code
        message = String(cString: argon2_error_message(code))
    }

    public var description: String { "Argon2 error \(code): \(message)" }
}

/// Password hashing with Argon2id, stored in the PHC string format
/// `$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>`.
///
/// Both calls are synchronous and CPU- and memory-heavy on purpose (tens of
/// milliseconds, `memoryKiB` of RAM). Callers on Swift's cooperative pool
/// should run them on a thread of their own, and limit how many run at once.
public enum PasswordHasher {
    /// Hashes with a fresh random salt.
    public static func hash(
        _ password: String, parameters: Argon2Parameters = .default
    ) throws(PasswordHashError) -> String {
        try hash(password, salt: SecureRandom.bytes(parameters.saltLength), parameters: parameters)
    }

    static func hash(
        _ password: String, salt: [UInt8], parameters: Argon2Parameters
    ) throws(PasswordHashError) -> String {
        let length = argon2_encodedlen(
            parameters.iterations, parameters.memoryKiB, parameters.parallelism,
            UInt32(salt.count), UInt32(parameters.hashLength), Argon2_id)
        var encoded = [CChar](repeating: 0, count: length)
        let status = withContiguousBytes(password.utf8) { password, passwordCount in
            withContiguousBytes(salt) { salt, saltCount in
                argon2id_hash_encoded(
                    parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                    password, passwordCount, salt, saltCount, parameters.hashLength, &encoded,
                    length)
            }
        }
        guard status == ARGON2_OK.rawValue else { throw PasswordHashError(code: status) }
        return String(
            decoding: encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `password` matches an encoded Argon2id hash. The hash bytes
    /// are compared in constant time by libargon2. Malformed strings, other
    /// Argon2 variants and parameters beyond `PHCParameters.limits` (a
    /// tampered row could otherwise demand gigabytes) verify as false.
    public static func verify(_ password: String, against encoded: String) -> Bool {
        guard let stored = PHCParameters(encoded), stored.isWithinLimits else { return false }
        let status = withContiguousBytes(password.utf8) { password, passwordCount in
            argon2id_verify(encoded, password, passwordCount)
        }
        return status == ARGON2_OK.rawValue
    }

    /// Whether a stored hash was made with other parameters than `parameters`
    /// and should be replaced after the next successful login.
    public static func needsRehash(
        _ encoded: String, parameters: Argon2Parameters = .default
    ) -> Bool {
        guard let stored = PHCParameters(encoded) else { return true }
        return stored.memoryKiB != parameters.memoryKiB
            || stored.iterations != parameters.iterations
            || stored.parallelism != parameters.parallelism
    }
}

/// The cost fields of an Argon2id PHC string.
struct PHCParameters: Equatable {
    var memoryKiB: UInt32
    var iterations: UInt32
    var parallelism: UInt32

    /// 1 GiB, 64 passes, 16 lanes.
    static let limits = PHCParameters(memoryKiB: 1 << 20, iterations: 64, parallelism: 16)

    init(memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32) {
        self.memoryKiB = memoryKiB
        self.iterations = iterations
        self.parallelism = parallelism
    }

    init?(_ encoded: String) {
        let fields = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0].isEmpty, fields[1] == "argon2id", fields[2] == "v=19"
        else { return nil }
        var values: [Substring: UInt32] = [:]
        for pair in fields[3].split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = UInt32(parts[1]) else { return nil }
            values[parts[0]] = value
        }
        guard values.count == 3, let m = values["m"], let t = values["t"], let p = values["p"]
        else {
            return nil
        }
        self.init(memoryKiB: m, iterations: t, parallelism: p)
    }

    var isWithinLimits: Bool {
        memoryKiB <= Self.limits.memoryKiB && iterations <= Self.limits.iterations
            && parallelism <= Self.limits.parallelism
    }
}
