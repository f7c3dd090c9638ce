import Foundation

/// Draws the latency distribution of each algorithm of a ``BenchReport`` as an SVG chart: one cumulative curve per
/// algorithm (the share of queries answered within a time), on a logarithmic time axis, with p50 and p99 marked.
public enum LatencyPlot {
    static let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]

    /// The chart as a standalone SVG document.
    public static func svg(for report: BenchReport, width: Int = 760, height: Int = 420) -> String {
        let left = 70.0, right = 20.0, top = 40.0, bottom = 50.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        let all = report.algorithms.flatMap(\.latencies).filter { $0 > 0 }
        let low = floor(log10(all.min() ?? 1)), high = max(low + 1, ceil(log10(all.max() ?? 10)))
        func x(_ microseconds: Double) -> Double { left + (log10(max(microseconds, 1e-3)) - low) / (high - low) * plotWidth }
        func y(_ share: Double) -> Double { top + (1 - share) * plotHeight }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(left)" y="22" font-size="14">Query latency on \(escape(report.graph.name)), \(report.queryCount) queries (\(escape(report.queries)))</text>

            """
        for decade in Int(low) ... Int(high) {
            let px = x(pow(10, Double(decade)))
            svg += "<line x1=\"\(f(px))\" y1=\"\(f(top))\" x2=\"\(f(px))\" y2=\"\(f(top + plotHeight))\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(f(px))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(label(pow(10, Double(decade))))</text>\n"
        }
        for share in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(share)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(share)))\" stroke=\"#eee\"/>\n"
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y(share) + 4))\" text-anchor=\"end\">\(Int(share * 100)) %</text>\n"
        }
        svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#444\"/>\n"
        svg += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(height - 10)\" text-anchor=\"middle\">latency per query (log scale)</text>\n"
        svg += "<text transform=\"translate(16 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">queries answered within</text>\n"
        for (k, algorithm) in report.algorithms.enumerated() {
            let colour = colours[k % colours.count]
            let sorted = algorithm.latencies.sorted()
            guard !sorted.isEmpty else { continue }
            let stride = max(1, sorted.count / 400)   // at most ~400 points per curve
            var points: [String] = []
            for i in Swift.stride(from: 0, to: sorted.count, by: stride) + [sorted.count - 1] {
                points.append("\(f(x(sorted[i]))),\(f(y(Double(i + 1) / Double(sorted.count))))")
            }
            svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
            for (p, value) in [("p50", algorithm.latency.p50), ("p99", algorithm.latency.p99)] {
                let share = p == "p50" ? 0.5 : 0.99
                svg += "<circle cx=\"\(f(x(value)))\" cy=\"\(f(y(share)))\" r=\"3.5\" fill=\"\(colour)\"><title>\(escape(algorithm.name)) \(p) \(label(value))</title></circle>\n"
            }
            let legendY = top + 18 + Double(k) * 18
            svg += "<line x1=\"\(f(left + 12))\" y1=\"\(f(legendY - 4))\" x2=\"\(f(left + 36))\" y2=\"\(f(legendY - 4))\" stroke=\"\(colour)\" stroke-width=\"3\"/>\n"
            svg += "<text x=\"\(f(left + 42))\" y=\"\(f(legendY))\">\(escape(algorithm.name)): p50 \(label(algorithm.latency.p50)), p99 \(label(algorithm.latency.p99))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A time in microseconds as a short label: `850 µs`, `12 ms`, `1.5 s`.
    static func label(_ microseconds: Double) -> String {
        if microseconds >= 1e6 { return String(format: "%.3g s", microseconds / 1e6) }
        if microseconds >= 1e3 { return String(format: "%.3g ms", microseconds / 1e3) }
        return String(format: "%.3g µs", microseconds)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
