import Glibc

/// Times one benchmark case the same way bench/engine/graphql-js.js does: grow a batch
/// until it takes 10 ms, warm up for a quarter of the time, then report the median
/// nanoseconds per operation over the batches run in the rest. Time is process CPU time.
struct Measure {
    var seconds: Double

    func run(_ body: () -> Void) -> Double {
        var batch = 1
        while elapsed({ for _ in 0..<batch { body() } }) < 10e6 { batch *= 2 }
        let warmEnd = now() + seconds * 0.25e9
        while now() < warmEnd { for _ in 0..<batch { body() } }
        var samples: [Double] = []
        let end = now() + seconds * 0.75e9
        repeat {
            samples.append(elapsed({ for _ in 0..<batch { body() } }) / Double(batch))
        } while now() < end || samples.count < 5
        return median(samples)
    }

    func run(_ body: () async -> Void) async -> Double {
        var batch = 1
        while true {
            let start = now()
            for _ in 0..<batch { await body() }
            if now() - start >= 10e6 { break }
            batch *= 2
        }
        let warmEnd = now() + seconds * 0.25e9
        while now() < warmEnd { for _ in 0..<batch { await body() } }
        var samples: [Double] = []
        let end = now() + seconds * 0.75e9
        repeat {
            let start = now()
            for _ in 0..<batch { await body() }
            samples.append((now() - start) / Double(batch))
        } while now() < end || samples.count < 5
        return median(samples)
    }

    private func elapsed(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }

    private func median(_ samples: [Double]) -> Double {
        samples.sorted()[samples.count / 2]
    }
}

/// CPU time this process has used, in nanoseconds: on a shared machine, wall time
/// measures the other processes as much as this one.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
}
