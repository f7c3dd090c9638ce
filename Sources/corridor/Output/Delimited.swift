import Foundation

/// Rows of CSV (RFC 4180 quoting) or TSV (tabs and newlines in a field become spaces).
enum Delimited {
    /// One CSV line: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }

    /// One TSV line.
    static func tsvLine(_ fields: [String]) -> String {
        fields.map { field in
            String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        }.joined(separator: "\t") + "\n"
    }
}
