import XCTest

@testable import Observability

final class MetricsTests: XCTestCase {
    func testCountersRenderInPrometheusTextFormat() {
        let metrics = Metrics()
        metrics.increment("xpgraph_requests_total", labels: ["status": "200"])
        metrics.increment("xpgraph_requests_total", labels: ["status": "200"])
        metrics.increment("xpgraph_requests_total", labels: ["status": "400"], by: 3)

        XCTAssertEqual(metrics.counter("xpgraph_requests_total", labels: ["status": "200"]), 2)
        XCTAssertEqual(
            metrics.render(),
            """
            # TYPE xpgraph_requests_total counter
            xpgraph_requests_total{status="200"} 2
            xpgraph_requests_total{status="400"} 3

            """)
    }

    func testHistogramBucketsAreCumulative() {
        let metrics = Metrics()
        metrics.observe("d", seconds: 0.003)
        metrics.observe("d", seconds: 0.003)
        metrics.observe("d", seconds: 0.2)
        metrics.observe("d", seconds: 60)

        let text = metrics.render()
        // 0.003 s falls in every bucket from 0.005 up; 0.2 s from 0.25 up; 60 s only in +Inf.
        XCTAssertTrue(text.contains("d_bucket{le=\"0.0025\"} 0\n"))
        XCTAssertTrue(text.contains("d_bucket{le=\"0.005\"} 2\n"))
        XCTAssertTrue(text.contains("d_bucket{le=\"0.1\"} 2\n"))
        XCTAssertTrue(text.contains("d_bucket{le=\"0.25\"} 3\n"))
        XCTAssertTrue(text.contains("d_bucket{le=\"10\"} 3\n"))
        XCTAssertTrue(text.contains("d_bucket{le=\"+Inf\"} 4\n"))
        XCTAssertTrue(text.contains("d_count 4\n"))
        XCTAssertTrue(text.hasPrefix("# TYPE d histogram\n"))
        XCTAssertEqual(metrics.observationCount("d"), 4)
    }

    func testLabelValuesAreEscaped() {
        let metrics = Metrics()
        metrics.increment("c", labels: ["b": "x\"y", "a": "1\\2"])
        XCTAssertTrue(metrics.render().contains(#"c{a="1\\2",b="x\"y"} 1"#))
    }
}
