import GraphQL
import JSON

/// The verdict on a schema change: classified differences and broken client operations.
public struct SchemaCheckResult: Sendable {
    public struct Finding: Sendable, Hashable {
        public var change: SchemaChange
        /// A breaking removal that no known operation uses, let through on request.
        public var isAllowed: Bool
    }

    public var findings: [Finding]
    public var problems: [OperationProblem]
    public var compositionErrors: [String] = []
    public var operationCount: Int

    public init(
        findings: [Finding], problems: [OperationProblem], compositionErrors: [String] = [],
        operationCount: Int
    ) {
        self.findings = findings
        self.problems = problems
        self.compositionErrors = compositionErrors
        self.operationCount = operationCount
    }

    public var blockingFindings: [Finding] {
        findings.filter { $0.change.severity == .breaking && !$0.isAllowed }
    }

    /// Whether the change may land: it composes, breaks nothing and keeps operations valid.
    public var passes: Bool {
        compositionErrors.isEmpty && blockingFindings.isEmpty && problems.isEmpty
    }
}

/// Compares an old API schema with a new one and checks client documents against the new.
public enum SchemaCheck {
    static let removalKinds: Set<SchemaChange.Kind> = [
        .typeRemoved, .fieldRemoved, .argRemoved, .valueRemovedFromEnum, .typeRemovedFromUnion,
    ]

    public static func run(
        old: Schema, new: Schema, documents: [ClientDocument], allowUnusedRemovals: Bool
    ) -> SchemaCheckResult {
        let changes = SchemaDiff.changes(from: old, to: new)
        let used = allowUnusedRemovals ? OperationCheck.usage(of: documents, in: old) : []
        let findings = changes.map { change in
            SchemaCheckResult.Finding(
                change: change,
                isAllowed: allowUnusedRemovals && removalKinds.contains(change.kind)
                    && !isUsed(change, used))
        }
        let operationCount = documents.count
        return SchemaCheckResult(
            findings: findings, problems: OperationCheck.validate(documents, against: new),
            operationCount: operationCount)
    }

    /// Enum values and union members count as used when their type is.
    static func isUsed(_ change: SchemaChange, _ used: Set<String>) -> Bool {
        if used.contains(change.coordinate) { return true }
        switch change.kind {
        case .valueRemovedFromEnum, .typeRemovedFromUnion:
            let typeName = change.coordinate.split(separator: ".").first.map(String.init) ?? ""
            return used.contains(typeName)
        default:
            return false
        }
    }
}

/// Where a schema coordinate is defined, for annotations: a file and a 1-based line.
public typealias CoordinateLocator = @Sendable (String) -> (file: String, line: Int)?

extension SchemaCheckResult {
    /// Lines for a terminal.
    public func text() -> String {
        var lines: [String] = []
        for error in compositionErrors { lines.append("composition error: \(error)") }
        for finding in findings.sorted(by: { $0.change.severity < $1.change.severity }) {
            var label = finding.change.severity.rawValue.uppercased()
            if finding.isAllowed { label += " (allowed: unused)" }
            lines.append("\(label) \(finding.change.kind): \(finding.change.message)")
        }
        for problem in problems {
            lines.append("operation error: \(place(problem)): \(problem.message)")
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    public var summary: String {
        let count = { (severity: SchemaChange.Severity) in
            findings.filter { $0.change.severity == severity }.count
        }
        let allowed = findings.filter(\.isAllowed).count
        return "\(passes ? "PASS" : "FAIL"): \(count(.breaking)) breaking"
            + (allowed > 0 ? " (\(allowed) allowed)" : "")
            + ", \(count(.dangerous)) dangerous, \(count(.safe)) safe changes; "
            + "\(problems.count) operation error\(problems.count == 1 ? "" : "s") "
            + "in \(operationCount) document\(operationCount == 1 ? "" : "s")"
            + (compositionErrors.isEmpty ? "" : "; \(compositionErrors.count) composition errors")
            + "."
    }

    /// `{"passes", "compositionErrors", "changes": [...], "operationErrors": [...]}`.
    public func json() -> JSON {
        var root = JSONObject()
        root.append("passes", .bool(passes))
        root.append("compositionErrors", .array(compositionErrors.map { .string($0) }))
        root.append(
            "changes",
            .array(
                findings.map { finding in
                    var object = JSONObject()
                    object.append("kind", .string(finding.change.kind.rawValue))
                    object.append("severity", .string(finding.change.severity.rawValue))
                    object.append("coordinate", .string(finding.change.coordinate))
                    object.append("message", .string(finding.change.message))
                    object.append("allowed", .bool(finding.isAllowed))
                    return .object(object)
                }))
        root.append(
            "operationErrors",
            .array(
                problems.map { problem in
                    var object = JSONObject()
                    object.append("file", .string(problem.origin))
                    object.append("line", problem.line.map { .int($0) } ?? .null)
                    object.append("column", problem.column.map { .int($0) } ?? .null)
                    object.append("message", .string(problem.message))
                    return .object(object)
                }))
        return .object(root)
    }

    /// GitHub Actions workflow commands: errors for breaking changes and broken operations,
    /// warnings for dangerous changes, notices for safe ones.
    public func githubAnnotations(locate: CoordinateLocator) -> String {
        var lines: [String] = []
        for error in compositionErrors {
            lines.append("::error title=Composition::\(escape(error))")
        }
        for finding in findings {
            let level: String
            switch finding.change.severity {
            case .breaking: level = finding.isAllowed ? "warning" : "error"
            case .dangerous: level = "warning"
            case .safe: level = "notice"
            }
            var properties: [String] = []
            if let place = locate(finding.change.coordinate) {
                properties.append("file=\(escapeProperty(place.file))")
                properties.append("line=\(place.line)")
            }
            properties.append("title=\(escapeProperty(finding.change.kind.rawValue))")
            lines.append(
                "::\(level) \(properties.joined(separator: ","))::\(escape(finding.change.message))"
            )
        }
        for problem in problems {
            var properties = ["file=\(escapeProperty(fileOf(problem)))"]
            if let line = problem.line { properties.append("line=\(line)") }
            if let column = problem.column { properties.append("col=\(column)") }
            properties.append("title=Operation")
            lines.append("::error \(properties.joined(separator: ","))::\(escape(problem.message))")
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    private func place(_ problem: OperationProblem) -> String {
        guard let line = problem.line else { return problem.origin }
        return "\(problem.origin):\(line):\(problem.column ?? 1)"
    }

    private func fileOf(_ problem: OperationProblem) -> String {
        String(problem.origin.split(separator: "#", maxSplits: 1).first ?? "")
    }

    /// Workflow command data: `%`, CR and LF escaped.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow command properties: also `:` and `,`.
    private func escapeProperty(_ text: String) -> String {
        escape(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
            of: ",", with: "%2C")
    }
}

/// Finds the line defining a coordinate's type in SDL files, for annotations.
public struct SDLLocator: Sendable {
    public var files: [(path: String, text: String)]

    public init(files: [(path: String, text: String)]) { self.files = files }

    public func locate(_ coordinate: String) -> (file: String, line: Int)? {
        let typeName = String(
            coordinate.drop { $0 == "@" }.prefix { $0 != "." && $0 != "(" })
        let memberName = coordinate.split(separator: ".").dropFirst().first.map {
            String($0.prefix { $0 != "(" })
        }
        let keywords = ["type", "interface", "input", "enum", "union", "scalar", "directive"]
        var fallback: (file: String, line: Int)?
        for (path, text) in files {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let words = line.split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "(" })
                let trimmedWords = words.first == "extend" ? Array(words.dropFirst()) : Array(words)
                guard trimmedWords.count >= 2, keywords.contains(String(trimmedWords[0])),
                    trimmedWords[1] == typeName || trimmedWords[1] == "@" + typeName
                else { continue }
                fallback = fallback ?? (path, index + 1)
                guard let memberName else { return (path, index + 1) }
                for offset in (index + 1)..<lines.count {
                    let member = lines[offset].drop { $0 == " " }
                    if member.hasPrefix("}") { break }
                    if member.hasPrefix(memberName),
                        member.dropFirst(memberName.count).first.map({
                            !$0.isLetter && !$0.isNumber && $0 != "_"
                        }) ?? true
                    {
                        return (path, offset + 1)
                    }
                }
            }
        }
        return fallback
    }
}
