/// A SplitMix64 generator. Seed data derives one generator per (table, row), so
/// any row can be regenerated on its own and chunks can be built in any order.
struct SeedRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The generator for row `index` of the stream `stream` under `seed`.
    init(seed: UInt64, stream: UInt64, index: Int) {
        var mixer = SeedRandom(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ stream)
        state = mixer.next() ^ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0); the tiny modulo bias does not matter for demo data.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True with the given probability in percent.
    mutating func percent(_ chance: Int) -> Bool { below(100) < chance }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}
