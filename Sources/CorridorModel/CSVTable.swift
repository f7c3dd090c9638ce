/// A comma-separated table as in RFC 4180: a header line, then rows of the same width.
///
/// Fields may be enclosed in double quotes, which lets them hold commas, line breaks and doubled quotes (`""`).
/// Line breaks may be LF or CRLF; a final line break is optional; blank lines are skipped. Each row remembers the
/// line it starts on, for error messages.
/// - Complexity: O(*n*) in the length of the text.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    /// `rowLines[i]` is the 1-based line on which `rows[i]` starts.
    public var rowLines: [Int]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
        self.rowLines = rows.indices.map { $0 + 2 }
    }

    /// Parses `text`, naming `file` in errors.
    /// - Throws: ``NetworkError/malformedCSV(file:line:reason:)`` for an unterminated quote or a quote inside an
    ///   unquoted field; ``NetworkError/wrongFieldCount(file:line:expected:found:)`` for a ragged row;
    ///   ``NetworkError/emptyCSV(file:)`` for a file without even a header line.
    public init(parsing text: String, file: String) throws {
        var records: [[String]] = []
        var recordLines: [Int] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedField = false   // the current field was quoted; only a separator or line end may follow its closing quote
        var afterClosingQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0

        func endRecord() {
            fields.append(field)
            let blank = fields.count == 1 && fields[0].isEmpty && !quotedField
            if !blank {
                records.append(fields)
                recordLines.append(recordLine)
            }
            fields = []
            field = ""
            quotedField = false
            afterClosingQuote = false
        }

        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case ",":
                fields.append(field)
                field = ""
                quotedField = false
                afterClosingQuote = false
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                i += 1
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty && !afterClosingQuote else {
                    throw NetworkError.malformedCSV(file: file, line: line,
                        reason: "a double quote appears inside the field '\(field)' that does not start with one")
                }
                inQuotes = true
                quotedField = true
            default:
                if afterClosingQuote {
                    throw NetworkError.malformedCSV(file: file, line: line,
                        reason: "the text '\(String(c))' follows the closing quote of the field '\(field)'")
                }
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw NetworkError.malformedCSV(file: file, line: recordLine,
                reason: "a quoted field opened here is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || quotedField { endRecord() }

        guard let header = records.first else {
            throw NetworkError.emptyCSV(file: file)
        }
        self.header = header.map { $0.trimmingSpaces() }
        self.rows = Array(records.dropFirst())
        self.rowLines = Array(recordLines.dropFirst())
        for (row, rowLine) in zip(rows, rowLines) where row.count != header.count {
            throw NetworkError.wrongFieldCount(file: file, line: rowLine, expected: header.count, found: row.count)
        }
    }

    /// The table as CSV text: LF line ends, a final line break, fields quoted only when they hold a comma, a
    /// quote, a line break or leading or trailing spaces.
    public var text: String {
        var out = ""
        for record in [header] + rows {
            out += record.map(Self.quoted).joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// `field` as it must be written in a CSV file.
    public static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
