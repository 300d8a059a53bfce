/// The options each command reads, so a misspelled one (`--operation` for
/// `--operations`) stops the command instead of being silently ignored: in CI an
/// ignored option can turn a failing check into a passing one.
enum KnownOptions {
    static let byCommand: [String: Set<String>] = [
        "serve": [
            "data", "host", "jwt-secret-file", "pg-port", "port", "redis-port", "subgraph-port",
            "users", "safelist",
        ],
        "subgraph": ["host", "port"],
        "gateway": [
            "host", "jwt-secret-file", "port", "redis", "subgraph", "supergraph", "safelist",
        ],
        "compose": ["config", "out", "subgraph"],
        "migrate": [],
        "seed": ["seed", "users"],
        "plan": ["json", "label", "operation", "supergraph"],
        "bench": [
            "anchor", "body", "concurrency", "duration", "login", "password", "query", "url",
        ],
        "bench-planner": ["iterations", "query"],
        "bench-subgraphs": ["body", "host", "port-base", "replay", "sdl-dir", "threads"],
        "exec": ["data", "operation", "schema", "variables"],
        "mock": ["data", "host", "port", "schema"],
        "check": [
            "allow-unused-removals", "base-rev", "format", "manifest", "operations", "subgraph",
            "supergraph",
        ],
        "codegen": [
            "file", "namespace", "operations", "output", "scalar", "schema", "source-name",
        ],
        "introspect": ["header", "timeout"],
    ]

    /// Throws a usage error (exit 2) naming the first option `command` does not know.
    static func check(_ command: String, _ raw: [String]) throws(CLIError) {
        guard let known = byCommand[command] else { return }
        for item in raw where item.hasPrefix("--") && item.count > 2 {
            let name = String(item.dropFirst(2).prefix { $0 != "=" })
            guard !known.contains(name) else { continue }
            var message = "Unknown option --\(name) for xpgraph \(command)."
            if let near = known.min(by: { distance($0, name) < distance($1, name) }),
                distance(near, name) <= 2
            {
                message += " Did you mean --\(near)?"
            }
            throw CLIError(message + " See xpgraph help.", exitCode: 2)
        }
    }

    /// Levenshtein distance, for the suggestion.
    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(
                    min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
