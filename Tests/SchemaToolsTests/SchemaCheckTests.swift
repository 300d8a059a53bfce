import Foundation
import GraphQL
import JSON
import NodeSupport
import SchemaTools
import XCTest

/// `SchemaCheck`: operations against the new schema, removals no operation uses, reports.
final class SchemaCheckTests: XCTestCase {
    let old = """
        type Query { user(id: ID!, verbose: Boolean): User, legacy: String, role: Role }
        type User { id: ID!, name: String, email: String!, nickname: String }
        enum Role { ADMIN MEMBER }
        input Filter { name: String }
        """

    let operations = [
        ClientDocument(
            origin: "ops/User.graphql",
            text: "query User($id: ID!) {\n  user(id: $id) {\n    id\n    email\n  }\n}\n"),
        ClientDocument(origin: "ops/Role.graphql", text: "{ role }"),
    ]

    func check(_ new: String, allow: Bool = false) throws -> SchemaCheckResult {
        SchemaCheck.run(
            old: try Schema(sdl: old), new: try Schema(sdl: new), documents: operations,
            allowUnusedRemovals: allow)
    }

    func testRemovingAUsedFieldBreaksTheOperation() throws {
        let result = try check(old.replacingOccurrences(of: ", email: String!", with: ""))
        XCTAssertFalse(result.passes)
        XCTAssertEqual(result.blockingFindings.map(\.change.coordinate), ["User.email"])
        XCTAssertEqual(
            result.problems,
            [
                OperationProblem(
                    origin: "ops/User.graphql",
                    message: "Cannot query field \"email\" on type \"User\".", line: 4, column: 5)
            ])
        // Still refused with --allow-unused-removals: an operation uses it.
        let allowed = try check(
            old.replacingOccurrences(of: ", email: String!", with: ""), allow: true)
        XCTAssertFalse(allowed.passes)
        XCTAssertEqual(allowed.findings.filter(\.isAllowed).count, 0)
    }

    func testUnusedRemovalsPassOnlyWhenAllowed() throws {
        let new = old.replacingOccurrences(of: ", legacy: String", with: "")
            .replacingOccurrences(of: ", nickname: String", with: "")
            .replacingOccurrences(of: ", verbose: Boolean", with: "")
            .replacingOccurrences(of: "input Filter { name: String }", with: "")
        let strict = try check(new)
        XCTAssertFalse(strict.passes)
        XCTAssertEqual(
            Set(strict.blockingFindings.map(\.change.coordinate)),
            ["Query.legacy", "User.nickname", "Query.user(verbose:)", "Filter"])
        let lenient = try check(new, allow: true)
        XCTAssertTrue(lenient.passes, lenient.text())
        XCTAssertEqual(lenient.findings.filter(\.isAllowed).count, 4)
        XCTAssertTrue(lenient.summary.hasPrefix("PASS: 4 breaking (4 allowed)"), lenient.summary)
    }

    func testEnumValueRemovalCountsAsUsedWhenTheEnumIs() throws {
        let result = try check(
            old.replacingOccurrences(of: "ADMIN MEMBER", with: "ADMIN"), allow: true)
        XCTAssertFalse(result.passes)
        XCTAssertEqual(result.blockingFindings.map(\.change.kind), [.valueRemovedFromEnum])
    }

    func testDangerousAndSafeChangesPass() throws {
        let result = try check(
            old.replacingOccurrences(of: "ADMIN MEMBER", with: "ADMIN MEMBER GUEST")
                .replacingOccurrences(of: "nickname: String", with: "nickname: String!"))
        XCTAssertTrue(result.passes)
        XCTAssertEqual(Set(result.findings.map(\.change.severity)), [.dangerous, .safe])
        XCTAssertEqual(result.findings.count, 2)
    }

    func testGitHubAnnotationsAndJSON() throws {
        let new = old.replacingOccurrences(of: ", email: String!", with: "")
            .replacingOccurrences(of: "ADMIN MEMBER", with: "ADMIN MEMBER GUEST")
        let result = try check(new)
        let locator = SDLLocator(files: [
            (
                "schema/users.graphql",
                "type User {\n  id: ID!\n  name: String\n}\n\nenum Role {\n  ADMIN\n}\n"
            )
        ])
        let lines = result.githubAnnotations(locate: { locator.locate($0) })
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(
            lines,
            [
                "::error file=schema/users.graphql,line=1,title=FIELD_REMOVED::User.email was removed.",
                "::warning file=schema/users.graphql,line=6,title=VALUE_ADDED_TO_ENUM::GUEST was added to enum type Role.",
                "::error file=ops/User.graphql,line=4,col=5,title=Operation::Cannot query field \"email\" on type \"User\".",
                "FAIL: 1 breaking, 1 dangerous, 0 safe changes; 1 operation error in 2 documents.",
            ])
        let json = result.json()
        XCTAssertEqual(json["passes"], false)
        XCTAssertEqual(json["changes"]?[0]?["kind"], "FIELD_REMOVED")
        XCTAssertEqual(json["operationErrors"]?[0]?["line"], 4)
    }

    func testCheckCommandExitStatusAndFormats() throws {
        let binary = ProjectFreshnessTests.root.appendingPathComponent(".build/debug/xpgraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingPrerequisite("xpgraph is not built: swift build builds it")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("check-cli-\(getpid())")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("ops"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws {
            try text.write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a.graphql", "type Query { hello: String, bye: String }")
        try write("ops/Hello.graphql", "{ hello }")
        let compose = try NodeReference.run(
            binary, ["compose", "--config", "c.json", "--out", "old.graphql"],
            directory: try { () throws -> String in
                try write(
                    "c.json",
                    #"{"subgraphs": [{"name": "a", "url": "http://a/graphql", "sdl": "a.graphql"}]}"#
                )
                return directory.path
            }())
        XCTAssertEqual(compose.status, 0, compose.stderr)

        let same = try NodeReference.run(
            binary,
            [
                "check", "--supergraph", "old.graphql", "--subgraph", "a=a.graphql", "--operations",
                "ops",
            ],
            directory: directory.path)
        XCTAssertEqual(same.status, 0, same.stdout)

        try write("a.graphql", "type Query { hello: String }")
        let removed = try NodeReference.run(
            binary,
            [
                "check", "--supergraph", "old.graphql", "--subgraph", "a=a.graphql", "--operations",
                "ops", "--format", "github",
            ],
            directory: directory.path)
        XCTAssertEqual(removed.status, 1)
        XCTAssertTrue(
            removed.stdout.hasPrefix(
                "::error file=a.graphql,line=1,title=FIELD_REMOVED::Query.bye was removed."),
            removed.stdout)
        let allowed = try NodeReference.run(
            binary,
            [
                "check", "--supergraph", "old.graphql", "--subgraph", "a=a.graphql", "--operations",
                "ops", "--allow-unused-removals", "--format", "json",
            ],
            directory: directory.path)
        XCTAssertEqual(allowed.status, 0, allowed.stdout)
        XCTAssertEqual(try JSONReader.parse(allowed.stdout)["changes"]?[0]?["allowed"], true)

        try write("a.graphql", "type Query { hello: Missing }")
        let broken = try NodeReference.run(
            binary, ["check", "--supergraph", "old.graphql", "--subgraph", "a=a.graphql"],
            directory: directory.path)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(
            broken.stdout.hasPrefix("composition error: Unknown type \"Missing\"."), broken.stdout)
    }

    /// One changed subgraph is checked with the project's other subgraphs, not alone.
    func testOneChangedSubgraphIsComposedWithTheOthers() throws {
        let root = ProjectFreshnessTests.root
        let binary = root.appendingPathComponent(".build/debug/xpgraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingPrerequisite("xpgraph is not built: swift build builds it")
        }
        let users = try ProjectFreshnessTests.read("schema/users.graphql")
        let changed = users.replacingOccurrences(of: "  name: String!\n", with: "  name: String\n")
        XCTAssertNotEqual(changed, users, "the edit must hit User.name")
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("users-changed-\(getpid()).graphql")
        try changed.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let run = try NodeReference.run(
            binary,
            [
                "check", "--supergraph", "schema/supergraph.graphql", "--subgraph",
                "users=\(file.path)", "--format", "json",
            ],
            directory: root.path)
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        let changes = try JSONReader.parse(run.stdout)["changes"]?.arrayValue ?? []
        let breaking = changes.filter { $0["severity"]?.stringValue?.lowercased() == "breaking" }
        XCTAssertEqual(breaking.count, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("User.name"), run.stdout)
    }

    func testBaseRevisionAndManifest() throws {
        let binary = ProjectFreshnessTests.root.appendingPathComponent(".build/debug/xpgraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingPrerequisite("xpgraph is not built: swift build builds it")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("check-git-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws {
            try text.write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        func git(_ arguments: String...) throws {
            let result = try NodeReference.run(
                "/usr/bin/git",
                ["-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments,
                directory: directory.path)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        try write("a.graphql", "type Query { hello: String, role: Role }\nenum Role { A B }")
        try git("init", "-q")
        try git("add", "a.graphql")
        try git("commit", "-qm", "base")
        try write("a.graphql", "type Query { hello: String, role: Role }\nenum Role { A }")
        // The manifest's operation selects role, so removing B is breaking even when
        // unused removals are allowed.
        try write(
            "m.json",
            #"{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id": "x", "body": "{ role }"}]}"#
        )
        let result = try NodeReference.run(
            binary,
            [
                "check", "--base-rev", "HEAD", "--subgraph", "a=a.graphql", "--manifest", "m.json",
                "--allow-unused-removals",
            ],
            directory: directory.path)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertEqual(
            result.stdout,
            "BREAKING VALUE_REMOVED_FROM_ENUM: B was removed from enum type Role.\n"
                + "FAIL: 1 breaking, 0 dangerous, 0 safe changes; 0 operation errors in 1 document.\n"
        )
    }
}
