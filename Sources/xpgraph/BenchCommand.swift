import Foundation
import HTTP
import JSON
import Observability
import XPSubgraphs

/// `xpgraph bench`: a closed-loop load generator for one operation through a gateway.
///
/// Each of `concurrency` workers sends the next request as soon as the last
/// answered, for `duration` seconds. A request counts as an error when the
/// status is not 200 or the body carries `errors`.
enum BenchCommand {
    static func run(_ arguments: Arguments) async throws -> Int32 {
        let url = arguments.string("url") ?? "http://localhost:4000/graphql"
        let concurrency = try arguments.int("concurrency", default: 50)
        let duration = try arguments.double("duration", default: 30)
        let queryFile = arguments.string("query") ?? "schema/operations/Dashboard.graphql"
        guard concurrency > 0, duration > 0 else {
            throw CLIError("--concurrency and --duration must be positive.")
        }
        guard let query = try? String(contentsOfFile: queryFile, encoding: .utf8) else {
            throw CLIError("Cannot read \(queryFile).")
        }

        let client = HTTPClient(maxConnectionsPerHost: concurrency)
        var headers: [(String, String)] = [("Content-Type", "application/json")]
        if let email = arguments.string("login") {
            let password = arguments.string("password") ?? Seeder.demoPassword
            let token = try await login(client, url: url, email: email, password: password)
            headers.append(("Authorization", "Bearer \(token)"))
        }
        let body = JSON.object(["query": .string(query)]).serializedBytes
        let requestHeaders = headers

        print("Driving \(queryFile) at \(url) with \(concurrency) workers for \(duration) s...")
        let start = MonotonicClock.now()
        let deadline = start + duration
        let samples = await withTaskGroup(of: WorkerSamples.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    await worker(
                        client, url: url, headers: requestHeaders, body: body, until: deadline)
                }
            }
            var all = WorkerSamples()
            for await samples in group { all.merge(samples) }
            return all
        }
        let elapsed = MonotonicClock.now() - start

        print(BenchReport(samples: samples, elapsed: elapsed).text)
        return 0
    }

    static func login(
        _ client: HTTPClient, url: String, email: String, password: String
    ) async throws -> String {
        let body: JSON = [
            "query": "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }",
            "variables": ["email": .string(email), "password": .string(password)],
        ]
        let response = try await client.post(
            url: url, headers: [("Content-Type", "application/json")], body: body.serializedBytes,
            timeout: 30)
        let reply = try? JSONReader.parse(response.body)
        guard let token = reply?["data"]?["login"]?["accessToken"]?.stringValue else {
            throw CLIError("Login as \(email) failed (\(response.status)): \(response.text)")
        }
        return token
    }

    private static func worker(
        _ client: HTTPClient, url: String, headers: [(String, String)], body: [UInt8],
        until deadline: Double
    ) async -> WorkerSamples {
        var samples = WorkerSamples()
        while MonotonicClock.now() < deadline {
            let sent = MonotonicClock.now()
            do {
                let response = try await client.post(
                    url: url, headers: headers, body: body, timeout: 30)
                let latency = MonotonicClock.now() - sent
                samples.latencies.append(latency)
                if response.status != 200 || containsErrors(response.body) { samples.errors += 1 }
            } catch {
                samples.latencies.append(MonotonicClock.now() - sent)
                samples.errors += 1
            }
        }
        return samples
    }

    /// Whether a response carries errors: the gateway writes `errors` as the first member.
    static func containsErrors(_ body: [UInt8]) -> Bool {
        body.starts(with: #"{"errors""#.utf8)
    }
}

struct WorkerSamples: Sendable {
    var latencies: [Double] = []
    var errors = 0

    mutating func merge(_ other: WorkerSamples) {
        latencies += other.latencies
        errors += other.errors
    }
}

/// The figures a benchmark run prints.
struct BenchReport {
    let requests: Int
    let errors: Int
    let elapsed: Double
    let sorted: [Double]

    init(samples: WorkerSamples, elapsed: Double) {
        requests = samples.latencies.count
        errors = samples.errors
        self.elapsed = elapsed
        sorted = samples.latencies.sorted()
    }

    /// The nearest-rank percentile, in milliseconds.
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1] * 1000
    }

    var text: String {
        let rate = Double(requests) / max(elapsed, 1e-9)
        return """
            requests: \(requests) in \(format(elapsed)) s, errors: \(errors)
            throughput: \(format(rate)) requests/s
            latency ms: p50 \(format(percentile(50))), p95 \(format(percentile(95))), \
            p99 \(format(percentile(99))), max \(format((sorted.last ?? 0) * 1000))
            """
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
