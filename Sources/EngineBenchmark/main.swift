import CMallocCounter
import Glibc
import GraphQL
import JSON

// Runs graphql-js 16 (through node) and this engine on the same inputs and prints each
// figure with the ratio. Usage:
//   xpgraph-bench-engine [--inputs bench/engine] [--seconds 2] [--no-node] [--only CASE]

/// Command-line options.
struct Options {
    var inputs = "bench/engine"
    var seconds = 2.0
    var runsNode = true
    /// Runs just this case (for profilers); nil runs all.
    var only: String?

    static func parse() -> Options {
        var options = Options()
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--inputs": options.inputs = arguments.popFirst() ?? options.inputs
            case "--seconds":
                options.seconds = arguments.popFirst().flatMap(Double.init) ?? options.seconds
            case "--no-node": options.runsNode = false
            case "--only":
                options.only = arguments.popFirst()
                options.runsNode = false
            default:
                print(
                    "usage: xpgraph-bench-engine [--inputs DIR] [--seconds N] [--no-node] [--only CASE]"
                )
                exit(2)
            }
        }
        return options
    }
}

let options = Options.parse()
let inputs = options.inputs
let seconds = options.seconds

func read(_ name: String) -> String {
    guard let file = fopen("\(inputs)/\(name)", "r") else {
        print("cannot open \(inputs)/\(name)")
        exit(1)
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count == 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// graphql-js's figures: nanoseconds per operation by case name, or nil without node.
func runGraphQLJS() -> (version: String, cases: [String: Double])? {
    let command =
        "NODE_PATH=${NODE_PATH:-/usr/share/nodejs} node \(inputs)/graphql-js.js \(inputs) \(seconds)"
    guard let pipe = popen(command, "r") else { return nil }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = fread(&buffer, 1, buffer.count, pipe)
        if count == 0 { break }
        output += buffer[0..<count]
    }
    guard pclose(pipe) == 0, let json = try? JSONReader.parse(output),
        let cases = json["cases"]?.objectValue
    else {
        print("graphql-js run failed")
        return nil
    }
    var figures: [String: Double] = [:]
    for member in cases { figures[member.key] = member.value.doubleValue }
    return (json["version"]?.stringValue ?? "?", figures)
}

let schema: Schema
do {
    schema = try Schema(sdl: read("schema.graphql"))
} catch {
    print("schema: \(error.message)")
    exit(1)
}
let introspection = read("introspection-query.graphql")
let client = read("client-query.graphql")
let introspectionDocument = try parse(introspection)
let usersDocument = try parse(read("users-query.graphql"))
let idsDocument = try parse("{ users { id forms { id fields { id } } } }")
let root = BenchRoot()
let resolvers = ResolverMap()

func executeUsers(_ document: Document) async -> ExecutionResult {
    await execute(schema: schema, resolvers: resolvers, document: document, rootValue: root)
}

let check = await executeUsers(usersDocument)
guard check.errors.isEmpty, check.data?["users"]?.arrayValue?.count == 100 else {
    print("unexpected execution result: \(check.errors.first?.message ?? "no users")")
    exit(1)
}
// Both paths answer the same bytes.
var treeWriter = JSONWriter()
treeWriter.write(check.json)
let directCheck = await executeToJSON(
    schema: schema, resolvers: resolvers, document: usersDocument, rootValue: root)
guard directCheck.bytes == treeWriter.bytes else {
    print("executeToJSON differs from execute + JSONWriter")
    exit(1)
}
guard validate(introspectionDocument, against: schema).isEmpty,
    validate(try parse(client), against: schema).isEmpty
else {
    print("the benchmark queries do not validate")
    exit(1)
}

let graphQLJS = options.runsNode ? runGraphQLJS() : nil

let measure = Measure(seconds: seconds)
var ours: [(name: String, label: String, nanoseconds: Double)] = []
func selects(_ name: String) -> Bool { options.only == nil || options.only == name }
if selects("parseIntrospection") {
    ours.append(
        (
            "parseIntrospection", "parse introspection query",
            measure.run { _ = try? parse(introspection) }
        ))
}
if selects("validateIntrospection") {
    ours.append(
        (
            "validateIntrospection", "validate introspection query",
            measure.run { precondition(validate(introspectionDocument, against: schema).isEmpty) }
        ))
}
if selects("parseValidateClient") {
    ours.append(
        (
            "parseValidateClient", "parse+validate client query",
            measure.run {
                let document = try! parse(client)
                precondition(validate(document, against: schema).isEmpty)
            }
        ))
}
if selects("execute") {
    ours.append(
        (
            "execute", "execute 100x10x5 (6,100 objects)",
            await measure.run { _ = await executeUsers(usersDocument) }
        ))
}
if selects("executeJSON") {
    ours.append(
        (
            "executeJSON", "execute + write JSON",
            await measure.run {
                // Written while executing, into a buffer of the same initial size the tree
                // path's writer used.
                let response = await executeToJSON(
                    schema: schema, resolvers: resolvers, document: usersDocument,
                    rootValue: root, capacity: 1 << 19)
                precondition(response.bytes.count > 300_000)
            }
        ))
}

print("XP Graph engine vs graphql-js \(graphQLJS?.version ?? "(not run)"), \(seconds) s per case")
print(
    "case".padding(34) + "graphql-js µs/op".padding(18, left: true)
        + "ours µs/op".padding(14, left: true) + "ours faster".padding(14, left: true))
for figure in ours {
    let theirs = graphQLJS?.cases[figure.name]
    let ratio = theirs.map { String(format1($0 / figure.nanoseconds)) + "x" } ?? "-"
    print(
        figure.label.padding(34)
            + (theirs.map { format1($0 / 1000) } ?? "-").padding(18, left: true)
            + format1(figure.nanoseconds / 1000).padding(14, left: true)
            + ratio.padding(14, left: true))
}

/// Heap allocations of one parse of `text`, averaged over a few runs.
func parseAllocations(_ text: String) -> Double {
    _ = try? parse(text)
    let runs = 20
    let before = xp_malloc_count()
    for _ in 0..<runs { _ = try? parse(text) }
    return Double(xp_malloc_count() - before) / Double(runs)
}
if selects("parseIntrospection") {
    print(
        "allocations per parse of the introspection query: \(Int(parseAllocations(introspection)))")
}

// Allocations: the whole execution, then the difference between the full query and one
// selecting only `id`, which isolates the cost of each additional scalar field.
func allocations(_ document: Document) async -> Double {
    _ = await executeUsers(document)
    let runs = 20
    let before = xp_malloc_count()
    for _ in 0..<runs { _ = await executeUsers(document) }
    return Double(xp_malloc_count() - before) / Double(runs)
}
let fullFields = 1 + 100 * 4 + 1000 * 3 + 5000 * 3
let idFields = 1 + 100 * 2 + 1000 * 2 + 5000 * 1
let fullAllocations = await allocations(usersDocument)
let idAllocations = await allocations(idsDocument)
let perScalar = (fullAllocations - idAllocations) / Double(fullFields - idFields)
print(
    "allocations per execution: \(Int(fullAllocations)) for 6,100 objects and "
        + "\(fullFields) fields (\(format2(fullAllocations / Double(fullFields))) per field, "
        + "\(format2(fullAllocations / 6100)) per object)")
print(
    "allocations per additional scalar field: \(format2(perScalar)) "
        + "(\(Int(fullAllocations)) - \(Int(idAllocations)) over \(fullFields - idFields) fields)")

func format1(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = abs(hundredths % 100)
    return "\(hundredths < 0 && hundredths > -100 ? "-" : "")\(hundredths / 100)."
        + (fraction < 10 ? "0" : "") + "\(fraction)"
}

extension String {
    func padding(_ width: Int, left: Bool = false) -> String {
        let count = self.count
        guard count < width else { return self }
        let pad = String(repeating: " ", count: width - count)
        return left ? pad + self : self + pad
    }
}
