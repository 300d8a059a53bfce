/// Counters and latency histograms rendered in the Prometheus text format (version 0.0.4).
///
/// Series are identified by name plus a sorted label set; everything sits behind one
/// mutex, which is cheap next to the work a request does.
public final class Metrics: Sendable {
    /// Upper bounds in seconds of the duration histogram buckets.
    public static let durationBuckets: [Double] = [
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
    ]

    private let state = Protected(State())

    public init() {}

    /// Adds `amount` to a counter.
    public func increment(_ name: String, labels: [String: String] = [:], by amount: Int = 1) {
        let key = SeriesKey(name: name, labels: labels)
        state.withLock { $0.counters[key, default: 0] += amount }
    }

    /// Records one observation, in seconds, in a duration histogram.
    public func observe(_ name: String, seconds: Double, labels: [String: String] = [:]) {
        let key = SeriesKey(name: name, labels: labels)
        state.withLock { state in
            var histogram = state.histograms[key] ?? Histogram(bounds: Self.durationBuckets)
            histogram.record(seconds)
            state.histograms[key] = histogram
        }
    }

    /// The current value of a counter; zero when it was never incremented.
    public func counter(_ name: String, labels: [String: String] = [:]) -> Int {
        let key = SeriesKey(name: name, labels: labels)
        return state.withLock { $0.counters[key] ?? 0 }
    }

    /// How many observations a histogram holds.
    public func observationCount(_ name: String, labels: [String: String] = [:]) -> Int {
        let key = SeriesKey(name: name, labels: labels)
        return state.withLock { $0.histograms[key]?.count ?? 0 }
    }

    /// Every series in the text exposition format, families sorted by name.
    public func render() -> String {
        let (counters, histograms) = state.withLock { ($0.counters, $0.histograms) }
        var out = ""

        let counterFamilies = Dictionary(grouping: counters.keys, by: \.name)
        for name in counterFamilies.keys.sorted() {
            out += "# TYPE \(name) counter\n"
            for key in counterFamilies[name]!.sorted(by: { $0.labelText < $1.labelText }) {
                out += "\(name)\(key.labelText) \(counters[key]!)\n"
            }
        }

        let histogramFamilies = Dictionary(grouping: histograms.keys, by: \.name)
        for name in histogramFamilies.keys.sorted() {
            out += "# TYPE \(name) histogram\n"
            for key in histogramFamilies[name]!.sorted(by: { $0.labelText < $1.labelText }) {
                out += histograms[key]!.render(name: name, labels: key.labels)
            }
        }
        return out
    }

    private struct State {
        var counters: [SeriesKey: Int] = [:]
        var histograms: [SeriesKey: Histogram] = [:]
    }
}

struct SeriesKey: Hashable {
    let name: String
    let labels: [(String, String)]

    init(name: String, labels: [String: String]) {
        self.name = name
        self.labels = labels.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    var labelText: String { Self.format(labels) }

    static func format(_ labels: [(String, String)]) -> String {
        guard !labels.isEmpty else { return "" }
        let parts = labels.map { "\($0.0)=\"\(escape($0.1))\"" }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// Label values escape backslash, double quote and newline.
    static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    static func == (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
        lhs.name == rhs.name && lhs.labels.elementsEqual(rhs.labels, by: { $0 == $1 })
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        for (key, value) in labels {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}

/// Cumulative buckets, as Prometheus expects them.
struct Histogram {
    let bounds: [Double]
    var buckets: [Int]
    var count = 0
    var sum = 0.0

    init(bounds: [Double]) {
        self.bounds = bounds
        buckets = Array(repeating: 0, count: bounds.count)
    }

    mutating func record(_ value: Double) {
        count += 1
        sum += value
        for (index, bound) in bounds.enumerated() where value <= bound { buckets[index] += 1 }
    }

    func render(name: String, labels: [(String, String)]) -> String {
        var out = ""
        for (index, bound) in bounds.enumerated() {
            let text = SeriesKey.format(labels + [("le", Self.format(bound))])
            out += "\(name)_bucket\(text) \(buckets[index])\n"
        }
        out += "\(name)_bucket\(SeriesKey.format(labels + [("le", "+Inf")])) \(count)\n"
        out += "\(name)_sum\(SeriesKey.format(labels)) \(sum)\n"
        out += "\(name)_count\(SeriesKey.format(labels)) \(count)\n"
        return out
    }

    static func format(_ bound: Double) -> String {
        bound == bound.rounded() ? String(Int(bound)) : String(bound)
    }
}
