import Foundation

/// Reads the fields of one table by column name, with typed conversions whose errors name the file and line.
struct Reader {
    let table: CSVTable
    let file: String
    let columnIndex: [String: Int]

    init(_ table: CSVTable, file: String, columns: [String]) throws {
        self.table = table
        self.file = file
        var index: [String: Int] = [:]
        for (i, name) in table.header.enumerated() where index[name] == nil { index[name] = i }
        for column in columns where index[column] == nil && column != "notes" && !Network.optionalColumns.contains(column) {
            throw NetworkError.missingColumn(file: file, column: column, header: table.header)
        }
        self.columnIndex = index
    }

    func rows<T>(_ make: (Row) throws -> T) throws -> [T] {
        try table.rows.indices.map { i in
            try make(Row(fields: table.rows[i], line: table.rowLines[i], file: file, columnIndex: columnIndex))
        }
    }

    struct Row {
        let fields: [String]
        let line: Int
        let file: String
        let columnIndex: [String: Int]

        func text(_ column: String) -> String {
            columnIndex[column].map { fields[$0].trimmingSpaces() } ?? ""
        }

        func text(_ column: String, required: Bool) throws -> String {
            let value = text(column)
            if required && value.isEmpty {
                throw NetworkError.invalidValue(file: file, line: line, column: column, value: value, expected: "filled in (the column is required)")
            }
            return value
        }

        /// A `|`-separated list; empty text gives an empty list.
        func list(_ column: String) -> [String] {
            let value = text(column)
            return value.isEmpty ? [] : value.split(separator: "|", omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
        }

        func choice<T: RawRepresentable & CaseIterable>(_ column: String) throws -> T where T.RawValue == String {
            let value = text(column)
            if let result = T(rawValue: value) { return result }
            let choices = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw NetworkError.invalidValue(file: file, line: line, column: column, value: value, expected: "one of \(choices)")
        }

        func gauge(_ column: String) throws -> Gauge? {
            let value = text(column)
            if value.isEmpty { return nil }
            guard let mm = Int(value), mm > 0 else {
                throw NetworkError.invalidValue(file: file, line: line, column: column, value: value,
                                                expected: "a gauge in whole millimetres such as 1435 or 1520, or empty")
            }
            return Gauge(millimetres: mm)
        }

        /// A `|`-separated list of gauges (`1520|1435`), the main one first; empty text gives none.
        func gauges(_ column: String) throws -> [Gauge] {
            try list(column).map { value in
                guard let mm = Int(value), mm > 0 else {
                    throw NetworkError.invalidValue(file: file, line: line, column: column, value: text(column),
                                                    expected: "gauges in whole millimetres such as 1435, or 1520|1435 for a place with both, or empty")
                }
                return Gauge(millimetres: mm)
            }
        }

        func coordinate(_ column: String, limit: Double) throws -> Double {
            let value = text(column)
            guard DecimalText.parse(value) != nil, let degrees = Double(value), abs(degrees) <= limit else {
                throw NetworkError.invalidValue(file: file, line: line, column: column, value: value,
                                                expected: "decimal degrees between -\(Int(limit)) and \(Int(limit))")
            }
            return degrees
        }

        func decimal(_ column: String) throws -> Decimal {
            let value = text(column)
            guard let d = DecimalText.decimal(value) else {
                throw NetworkError.invalidValue(file: file, line: line, column: column, value: value, expected: "a decimal number such as 0.24")
            }
            return d
        }

        /// Link `link`'s own figure in the three columns `<prefix>_low<suffix>`, `_typical`, `_high`, scaled to
        /// integers; `nil` when all three are empty (or absent).
        /// - Throws: ``NetworkError/invalidLinkFigure(file:line:link:column:value:expected:)`` when only some are
        ///   filled, or a value is not a number, not above 0, above `maximum` (in scaled units), or out of order.
        func linkFigure(_ link: Link.ID, _ prefix: String, suffix: String, scale: Int64, maximum: Int64, unit: String) throws -> Estimate? {
            let columns = ["low", "typical", "high"].map { "\(prefix)_\($0)\(suffix)" }
            let texts = columns.map(text)
            if texts.allSatisfy(\.isEmpty) { return nil }
            let limit = DecimalText.format(maximum, dividedBy: scale)
            var values: [Int64] = []
            for (column, text) in zip(columns, texts) {
                guard let v = DecimalText.scaled(text, by: scale), v > 0, v <= maximum else {
                    throw NetworkError.invalidLinkFigure(file: file, line: line, link: link, column: column, value: text,
                        expected: text.isEmpty ? "filled in like the other two (or leave all three empty)"
                                               : "a number of \(unit) above 0 and at most \(limit)")
                }
                values.append(v)
            }
            guard values[0] <= values[1], values[1] <= values[2] else {
                throw NetworkError.invalidLinkFigure(file: file, line: line, link: link, column: columns[1], value: texts[1],
                                                     expected: "between \(columns[0]) and \(columns[2])")
            }
            return Estimate(low: values[0], typical: values[1], high: values[2])
        }

        /// The three columns `<prefix>_low<suffix>`, `_typical`, `_high` scaled to integers.
        func estimate(_ prefix: String, suffix: String, scale: Int64, unit: String) throws -> Estimate {
            func value(_ part: String) throws -> Int64 {
                let column = "\(prefix)_\(part)\(suffix)"
                let text = text(column)
                guard let v = DecimalText.scaled(text, by: scale), v >= 0 else {
                    throw NetworkError.invalidValue(file: file, line: line, column: column, value: text,
                                                    expected: "a number of \(unit), zero or more")
                }
                return v
            }
            let estimate = Estimate(low: try value("low"), typical: try value("typical"), high: try value("high"))
            guard estimate.isOrderedAndNonNegative else {
                throw NetworkError.invalidValue(file: file, line: line, column: "\(prefix)_typical\(suffix)",
                    value: DecimalText.format(estimate.typical, dividedBy: scale),
                    expected: "between \(prefix)_low\(suffix) and \(prefix)_high\(suffix)")
            }
            return estimate
        }
    }
}
