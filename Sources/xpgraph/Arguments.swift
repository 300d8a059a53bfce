/// A subcommand's arguments: `--name value` options, `--flag` switches and positionals.
struct Arguments {
    private(set) var options: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// - Parameter switches: option names that take no value.
    init(_ raw: [String], switches: Set<String> = []) throws(CLIError) {
        var index = 0
        while index < raw.count {
            let item = raw[index]
            index += 1
            guard item.hasPrefix("--"), item.count > 2 else {
                positionals.append(item)
                continue
            }
            var name = String(item.dropFirst(2))
            if let equals = name.firstIndex(of: "=") {
                let value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
                options[name, default: []].append(value)
                continue
            }
            if switches.contains(name) {
                flags.insert(name)
                continue
            }
            guard index < raw.count else { throw CLIError("Option --\(name) needs a value.") }
            options[name, default: []].append(raw[index])
            index += 1
        }
    }

    func string(_ name: String) -> String? { options[name]?.last }

    func strings(_ name: String) -> [String] { options[name] ?? [] }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    func int(_ name: String, default fallback: Int) throws(CLIError) -> Int {
        guard let text = string(name) else { return fallback }
        guard let value = Int(text) else {
            throw CLIError("--\(name) must be a whole number, not \"\(text)\".")
        }
        return value
    }

    func double(_ name: String, default fallback: Double) throws(CLIError) -> Double {
        guard let text = string(name) else { return fallback }
        guard let value = Double(text) else {
            throw CLIError("--\(name) must be a number, not \"\(text)\".")
        }
        return value
    }
}

/// A mistake in how the tool was called or configured; printed without a stack of causes.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
}
