import CorridorModel

/// Column groups and closed choices that several record types bind and read the same way.
extension Statement {
    /// Binds an estimate's low, typical and high values to parameters `index`, `index + 1`, `index + 2`.
    func bind(_ estimate: Estimate, from index: Int32) {
        bind(estimate.low, at: index)
        bind(estimate.typical, at: index + 1)
        bind(estimate.high, at: index + 2)
    }

    /// The estimate in columns `column`, `column + 1`, `column + 2`.
    func estimate(from column: Int32) -> Estimate {
        Estimate(low: int64(column), typical: int64(column + 1), high: int64(column + 2))
    }

    /// Binds an optional estimate to parameters `index ... index + 2`: three nulls for `nil`.
    func bind(_ estimate: Estimate?, from index: Int32) {
        guard let estimate else { return (index ... index + 2).forEach { bindNull(at: $0) } }
        bind(estimate, from: index)
    }

    /// The estimate in columns `column ... column + 2`, or `nil` when the first is null.
    func optionalEstimate(from column: Int32) -> Estimate? {
        isNull(column) ? nil : estimate(from: column)
    }

    /// Reads a closed-choice column (an enum's raw value), refusing a value this build does not know.
    func choice<T: RawRepresentable>(_ type: T.Type, _ column: Int32, table: String, path: String) throws -> T
    where T.RawValue == String {
        let text = string(column)
        guard let value = T(rawValue: text) else {
            throw StoreError.inconsistent(path: path, detail: "table '\(table)' holds the unknown value '\(text)'")
        }
        return value
    }
}
