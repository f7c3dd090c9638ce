import CorridorModel
import Foundation

/// A row of the `parameter` table: one ``Parameter``; its decimal values are stored as text, so they come back
/// exactly as written (`0.0307`), never through binary floating point.
enum ParameterRecord: NetworkRowRecord {
    static let table = "parameter"
    static let columns = ["key", "low", "typical", "high", "unit", "appliesTo", "source", "confidence", "notes"]

    static func bind(_ parameter: Parameter, to statement: Statement) {
        statement.bind(parameter.key, at: 3)
        statement.bind(parameter.low.description, at: 4)
        statement.bind(parameter.typical.description, at: 5)
        statement.bind(parameter.high.description, at: 6)
        statement.bind(parameter.unit, at: 7)
        statement.bind(parameter.appliesTo, at: 8)
        statement.bind(parameter.source, at: 9)
        statement.bind(parameter.confidence.rawValue, at: 10)
        statement.bind(parameter.notes, at: 11)
    }

    static func value(from row: Statement, path: String) throws -> Parameter {
        func decimal(_ column: Int32) throws -> Decimal {
            let text = row.string(column)
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else {
                throw StoreError.inconsistent(path: path, detail: "parameter '\(row.string(0))' has the value '\(text)', not a decimal")
            }
            return value
        }
        return Parameter(key: row.string(0), low: try decimal(1), typical: try decimal(2), high: try decimal(3),
                         unit: row.string(4), appliesTo: row.string(5), source: row.string(6),
                         confidence: try row.choice(Confidence.self, 7, table: table, path: path), notes: row.string(8))
    }
}
