import JSON
import XCTest

@testable import XPSubgraphs

final class SubmissionCheckTests: XCTestCase {
    let fields: JSON = [
        ["name": "title", "kind": "TEXT", "required": true],
        ["name": "count", "kind": "NUMBER", "required": false],
        ["name": "on", "kind": "DATE", "required": false],
        ["name": "size", "kind": "CHOICE", "required": false, "options": ["S", "M"]],
        ["name": "ok", "kind": "CHECKBOX", "required": false],
        ["name": "at", "kind": "LOCATION", "required": false],
    ]

    func testAcceptsValuesOfEachKind() {
        let data: JSON = [
            "title": "x", "count": 2.5, "on": "2026-12-03", "size": "M", "ok": false,
            "at": ["latitude": -33.9, "longitude": 151.2],
        ]
        XCTAssertEqual(SubmissionCheck.problems(data, fields: fields), [])
        XCTAssertEqual(
            SubmissionCheck.problems(["title": "x", "on": "2026-12-03T10:00:00Z"], fields: fields),
            [])
        XCTAssertEqual(SubmissionCheck.problems(["title": "x", "count": nil], fields: fields), [])
    }

    func testHugeNumbersAndOversizedDataAreRefused() throws {
        let infinite = try JSONReader.parse(#"{"title": "x", "count": 1e400}"#)
        XCTAssertEqual(
            SubmissionCheck.problems(infinite, fields: fields),
            ["Field \"count\" must be a finite number."])
        let long: JSON = [
            "title": .string(String(repeating: "a", count: SubmissionCheck.maxTextLength + 1))
        ]
        XCTAssertEqual(
            SubmissionCheck.problems(long, fields: fields),
            ["Field \"title\" must be at most 10000 characters long."])
        let huge: JSON = ["title": .string(String(repeating: "b", count: 70_000))]
        XCTAssertEqual(
            SubmissionCheck.problems(huge, fields: fields),
            // {"title":"…"} is 12 bytes around the 70,000 b.
            ["Submission data is 70012 bytes; at most 65536 are accepted."])
    }

    func testReportsEveryProblemInFieldOrder() {
        let data: JSON = [
            "count": "two", "on": "2026-13-01", "size": "XL", "ok": "yes",
            "at": ["latitude": 91, "longitude": 0],
        ]
        XCTAssertEqual(
            SubmissionCheck.problems(data, fields: fields),
            [
                "Field \"title\" is required.",
                "Field \"count\" must be a finite number.",
                "Field \"on\" must be a date (YYYY-MM-DD or an RFC 3339 time).",
                "Field \"size\" must be one of \"S\", \"M\".",
                "Field \"ok\" must be true or false.",
                "Field \"at\" must be an object with latitude (-90 to 90) and longitude (-180 to 180).",
            ])
    }

    func testDataMustBeAnObjectOfKnownFields() {
        XCTAssertEqual(
            SubmissionCheck.problems(["x", 1], fields: fields),
            ["Submission data must be a JSON object keyed by field name."])
        XCTAssertEqual(
            SubmissionCheck.problems(["title": "t", "colour": "red"], fields: fields),
            ["Field \"colour\" is not part of this form."])
    }
}
