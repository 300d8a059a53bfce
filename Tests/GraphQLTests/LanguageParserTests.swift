import GraphQL
import JSON
import XCTest

/// Parser behavior checked by hand against the spec.
final class LanguageParserTests: XCTestCase {
    func testParsesFieldWithAliasArgumentsDirectivesAndSelections() throws {
        let document = try parse(
            #"{ pic: picture(size: 64, tags: ["a"]) @include(if: $x) { url } }"#)
        guard case .operation(let operation) = document.definitions.first else {
            return XCTFail("expected an operation")
        }
        XCTAssertEqual(operation.operation, .query)
        XCTAssertNil(operation.name)
        guard case .field(let field) = operation.selectionSet.selections.first else {
            return XCTFail("expected a field")
        }
        XCTAssertEqual(field.alias?.value, "pic")
        XCTAssertEqual(field.name.value, "picture")
        XCTAssertEqual(field.responseKey, "pic")
        XCTAssertEqual(field.arguments.map(\.name.value), ["size", "tags"])
        XCTAssertEqual(field.arguments[0].value.kind, .int("64"))
        XCTAssertEqual(print(field.arguments[1].value), #"["a"]"#)
        XCTAssertEqual(field.directives.first?.name.value, "include")
        XCTAssertEqual(field.selectionSet?.selections.count, 1)
        // `pic: picture(...) @include(if: $x) { url }` starts at byte 2 and ends at byte 62.
        XCTAssertEqual(field.location, SourceRange(start: 2, end: 62))
        XCTAssertEqual(field.name.location, SourceRange(start: 7, end: 14))
    }

    func testValueKinds() throws {
        let value = try parseValue(
            #"{i: -7, f: 1.5e3, s: "x", b: """y""", t: true, n: null, e: RED, v: $v}"#)
        guard case .object(let fields) = value.kind else { return XCTFail("expected an object") }
        let kinds = fields.map(\.value.kind)
        XCTAssertEqual(kinds[0], .int("-7"))
        XCTAssertEqual(kinds[1], .float("1.5e3"))
        XCTAssertEqual(kinds[2], .string("x", isBlock: false))
        XCTAssertEqual(kinds[3], .string("y", isBlock: true))
        XCTAssertEqual(kinds[4], .boolean(true))
        XCTAssertEqual(kinds[5], .null)
        XCTAssertEqual(kinds[6], .enumValue("RED"))
        guard case .variable(let variable) = kinds[7] else { return XCTFail("expected a variable") }
        XCTAssertEqual(variable.name.value, "v")
    }

    func testConstValueRejectsVariables() {
        XCTAssertThrowsError(try parseConstValue("[1, $v]")) { error in
            XCTAssertEqual(
                (error as? GraphQLError)?.message,
                "Syntax Error: Unexpected variable \"$v\" in constant value.")
            XCTAssertEqual(
                (error as? GraphQLError)?.locations, [SourceLocation(line: 1, column: 5)])
        }
    }

    func testParseType() throws {
        let type = try parseType("[ [Int!] ]!")
        XCTAssertEqual(print(type), "[[Int!]]!")
        XCTAssertEqual(type.namedType.value, "Int")
        XCTAssertThrowsError(try parseType("Int Int"))
    }

    func testStringEscapesDecode() throws {
        let value = try parseValue(#""a\"\\\/\b\f\n\r\t\u00e9\u{1F600}\uD83D\uDE00""#)
        XCTAssertEqual(
            value.kind, .string("a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1F600}\u{1F600}", isBlock: false))
    }

    func testBlockStringDedentsAndDropsBlankEdgeLines() throws {
        let value = try parseValue(
            "\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \n\"\"\"")
        XCTAssertEqual(value.kind, .string("Hello,\n  World!\n\nYours,\n  GraphQL.", isBlock: true))
        let escaped = try parseValue(#""""a \""" b""""#)
        XCTAssertEqual(escaped.kind, .string(#"a """ b"#, isBlock: true))
    }

    func testTypeSystemDefinitions() throws {
        let document = try parse(
            """
            "The root" type Query implements Node & Entity @key(fields: "id") { id: ID! }
            extend union U = A | B
            directive @auth(role: String = "user") repeatable on FIELD_DEFINITION | OBJECT
            """)
        XCTAssertEqual(document.definitions.count, 3)
        guard case .type(.object(let object)) = document.definitions[0] else {
            return XCTFail("expected an object type")
        }
        XCTAssertEqual(object.description?.value, "The root")
        XCTAssertEqual(object.interfaces.map(\.value), ["Node", "Entity"])
        XCTAssertEqual(object.fields.first.map { print($0.type) }, "ID!")
        guard case .typeExtension(.union(let union)) = document.definitions[1] else {
            return XCTFail("expected a union extension")
        }
        XCTAssertEqual(union.types.map(\.value), ["A", "B"])
        guard case .directive(let directive) = document.definitions[2] else {
            return XCTFail("expected a directive definition")
        }
        XCTAssertTrue(directive.isRepeatable)
        XCTAssertEqual(directive.locations.map(\.value), ["FIELD_DEFINITION", "OBJECT"])
    }

    func testErrorLocationsCountUTF16Columns() {
        // "é" is one UTF-16 unit and "😀" two, so "?" is in column 15 as graphql-js reports it.
        XCTAssertThrowsError(try parse("{ a(s: \"é😀\") ? }")) { error in
            XCTAssertEqual(
                (error as? GraphQLError)?.locations, [SourceLocation(line: 1, column: 15)])
        }
        XCTAssertThrowsError(try parse("{\r\n  a\r\n  ?\r\n}")) { error in
            XCTAssertEqual(
                (error as? GraphQLError)?.locations, [SourceLocation(line: 3, column: 3)])
        }
    }

    func testDocumentKeepsItsSource() throws {
        let document = try parse("{ a }")
        XCTAssertEqual(document.source?.body, "{ a }")
        XCTAssertEqual(document.source?.location(of: 2), SourceLocation(line: 1, column: 3))
    }
}
