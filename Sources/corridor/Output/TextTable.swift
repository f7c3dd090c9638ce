/// A plain-text table: columns padded to their widest cell, numbers right-aligned, two spaces between columns.
///
/// Widths count characters (`Character`), so names such as "Khorgos → Almaty" line up. O(cells) to render.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    private(set) var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    /// Adds a row; missing cells are blank, extra cells are dropped.
    mutating func append(_ cells: [String]) {
        var row = Array(cells.prefix(headers.count))
        while row.count < headers.count { row.append("") }
        rows.append(row)
    }

    /// Adds a line drawn under the header's width, to set totals apart.
    mutating func appendRule() { rows.append(headers.map { _ in "\u{0}rule" }) }

    /// The table, one line per row, each ending in a newline, with no trailing spaces.
    func render() -> String {
        var widths = headers.map(\.count)
        for row in rows where row.first != "\u{0}rule" {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[i] - cell.count)
                parts.append(alignments[i] == .right ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        var output = line(headers)
        for row in rows {
            if row.first == "\u{0}rule" {
                output += line(widths.map { String(repeating: "─", count: $0) })
            } else {
                output += line(row)
            }
        }
        return output
    }
}
