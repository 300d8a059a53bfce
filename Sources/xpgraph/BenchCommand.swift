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
        let bodyFile = arguments.string("body")
        let anchor = try arguments.double("anchor", default: 0)
        guard concurrency > 0, duration > 0 else {
            throw CLIError("--concurrency and --duration must be positive.")
        }
        let body: [UInt8]
        if let bodyFile {
            guard let bytes = FileManager.default.contents(atPath: bodyFile) else {
                throw CLIError("Cannot read \(bodyFile).")
            }
            body = Array(bytes)
        } else {
            guard let query = try? String(contentsOfFile: queryFile, encoding: .utf8) else {
                throw CLIError("Cannot read \(queryFile).")
            }
            body = JSON.object(["query": .string(query)]).serializedBytes
        }

        let client = HTTPClient(maxConnectionsPerHost: concurrency)
        var headers: [(String, String)] = [("Content-Type", "application/json")]
        if let email = arguments.string("login") {
            let password = arguments.string("password") ?? Seeder.demoPassword
            let token = try await login(client, url: url, email: email, password: password)
            headers.append(("Authorization", "Bearer \(token)"))
        }
        let requestHeaders = headers

        print(
            "Driving \(bodyFile ?? queryFile) at \(url) with \(concurrency) workers for "
                + "\(duration) s...")
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

        let report = BenchReport(samples: samples, elapsed: elapsed)
        print(report.text)
        if anchor > 0 { print(report.comparison(toAnchor: anchor)) }
        return 0
    }

    static func login(
        _ client: HTTPClient, url: String, email: String, password: String
    ) async throws -> String {
        let body: JSON = [
            "query":
                "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }",
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
                samples.responseBytes.record(response.body.count)
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
    var responseBytes = SizeRange()

    mutating func merge(_ other: WorkerSamples) {
        latencies += other.latencies
        errors += other.errors
        responseBytes.merge(other.responseBytes)
    }
}

/// The smallest and largest response body seen, in bytes.
struct SizeRange: Sendable {
    var smallest = Int.max
    var largest = 0

    mutating func record(_ count: Int) {
        smallest = min(smallest, count)
        largest = max(largest, count)
    }

    mutating func merge(_ other: SizeRange) {
        smallest = min(smallest, other.smallest)
        largest = max(largest, other.largest)
    }

    var text: String {
        guard largest > 0 else { return "none" }
        return smallest == largest
            ? "\(largest) bytes" : "\(smallest) to \(largest) bytes (they differ)"
    }
}

/// The figures a benchmark run prints.
struct BenchReport {
    let requests: Int
    let errors: Int
    let elapsed: Double
    let sorted: [Double]
    let responseBytes: SizeRange

    init(samples: WorkerSamples, elapsed: Double) {
        requests = samples.latencies.count
        errors = samples.errors
        self.elapsed = elapsed
        sorted = samples.latencies.sorted()
        responseBytes = samples.responseBytes
    }

    var rate: Double { Double(requests) / max(elapsed, 1e-9) }

    /// The nearest-rank percentile, in milliseconds.
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1] * 1000
    }

    var text: String {
        """
        requests: \(requests) in \(format(elapsed)) s, errors: \(errors)
        throughput: \(format(rate)) requests/s
        latency ms: p50 \(format(percentile(50))), p95 \(format(percentile(95))), \
        p99 \(format(percentile(99))), max \(format((sorted.last ?? 0) * 1000))
        response: \(responseBytes.text)
        """
    }

    /// This run's throughput as a share of a published figure (requests/s).
    func comparison(toAnchor anchor: Double) -> String {
        "ratio to the anchor \(format(anchor)) requests/s: \(String(format: "%.3f", rate / anchor))"
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
