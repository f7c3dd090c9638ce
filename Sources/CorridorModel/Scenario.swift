/// A what-if on top of a network: a list of sourced changes, read from one CSV file a person can read and diff.
///
/// The file has the header `change,target,id,column,value,note,source` and one change per line, applied in order:
///
/// | change | target | meaning |
/// |---|---|---|
/// | `close` | `link`, `place`, `crossing`, `country` | the link, every link touching the place, every link the crossing prices, or every link with an end in the country (ISO code) gets the status `closed`, which no route uses |
/// | `open` | `link` | a planned, under-construction or closed link becomes `operational` |
/// | `set` | `place`, `link`, `crossing`, `transfer`, `parameter`, `corridor` | the field `column` of the row `id` (a parameter's `key`) becomes `value` |
/// | `add` | `place`, `link`, `crossing`, `transfer`, `parameter`, `corridor` | a new row `id` whose fields are `value`, written `column=value; column=value` |
///
/// Columns are those of the network files, named as in their headers, so a column added to a network file can be
/// set at once. A range is set in one change by its stem and `low|typical|high` (`time_h` = `6|12|24` sets
/// `time_low_h`, `time_typical_h` and `time_high_h`; `value` = `1|2|3` sets a parameter's three values;
/// `speed_kmh` and `tariff_usd_feu_km` a link's own speed and tariff); a single number sets all three. To change one direction of a crossing that holds for both, `add` a `one-way` crossing
/// for that direction: it wins over the row for both. Every change needs a `note` and a `source`; an added row's
/// `source` and `notes` default to the change's. Applying is ``apply(to:)``.
public struct Scenario: Sendable, Equatable {
    /// What a change does.
    public enum Action: String, Sendable, CaseIterable {
        case close, open, set, add
    }

    /// What a change is about: a row of one network file, or a whole country.
    public enum Target: String, Sendable, CaseIterable {
        case place, link, crossing, transfer, parameter, corridor, country

        /// The network file holding rows of this target; `nil` for a country.
        var file: String? {
            switch self {
            case .place: Network.File.places
            case .link: Network.File.links
            case .crossing: Network.File.crossings
            case .transfer: Network.File.transfers
            case .parameter: Network.File.parameters
            case .corridor: Network.File.corridors
            case .country: nil
            }
        }

        /// The column holding a row's id.
        var idColumn: String { self == .parameter ? "key" : "id" }

        /// The targets each action accepts.
        static func accepted(by action: Action) -> [Target] {
            switch action {
            case .close: [.link, .place, .crossing, .country]
            case .open: [.link]
            case .set, .add: [.place, .link, .crossing, .transfer, .parameter, .corridor]
            }
        }
    }

    /// One line of a scenario file.
    public struct Change: Sendable, Equatable {
        public var action: Action
        public var target: Target
        /// The row's id (a parameter's key, a country's ISO code).
        public var id: String
        /// The column `set` changes; empty for other changes.
        public var column: String
        /// The new value (`set`), or the new row's fields (`add`).
        public var value: String
        public var note: String
        public var source: String
        /// The line of the file the change is on.
        public var line: Int

        public init(action: Action, target: Target, id: String, column: String = "", value: String = "",
                    note: String, source: String, line: Int) {
            self.action = action
            self.target = target
            self.id = id
            self.column = column
            self.value = value
            self.note = note
            self.source = source
            self.line = line
        }
    }

    /// The file's columns, in order.
    public static let columns = ["change", "target", "id", "column", "value", "note", "source"]

    /// The file name used in error messages.
    public var file: String
    public var changes: [Change]

    public init(file: String, changes: [Change]) {
        self.file = file
        self.changes = changes
    }

    /// Reads a scenario file's text; `file` names it in errors.
    /// - Throws: ``NetworkError`` naming the file, the line and the value for a malformed CSV, a missing column, an
    ///   unknown change or target, a target the change does not accept, or a missing id, column, value, note or source.
    /// - Complexity: O(length of the text).
    public init(parsing text: String, file: String) throws {
        let table = try CSVTable(parsing: text, file: file)
        let reader = try Reader(table, file: file, columns: Self.columns)
        let changes = try reader.rows { r -> Change in
            let action: Action = try r.choice("change")
            let target: Target = try r.choice("target")
            let accepted = Target.accepted(by: action)
            guard accepted.contains(target) else {
                throw NetworkError.invalidValue(file: file, line: r.line, column: "target", value: target.rawValue,
                    expected: "a target '\(action.rawValue)' accepts (\(accepted.map { "'\($0.rawValue)'" }.joined(separator: ", ")))")
            }
            let change = Change(action: action, target: target, id: try r.text("id", required: true),
                                column: try r.text("column", required: action == .set), value: try r.text("value", required: action == .add),
                                note: try r.text("note", required: true), source: try r.text("source", required: true),
                                line: r.line)
            if action != .set && !change.column.isEmpty {
                throw NetworkError.invalidValue(file: file, line: r.line, column: "column", value: change.column,
                                                expected: "empty for '\(action.rawValue)' (only 'set' names a column)")
            }
            if action == .add { _ = try Self.fields(of: change, file: file) }
            return change
        }
        self.init(file: file, changes: changes)
    }

    /// The scenario as the text of a scenario file.
    public var text: String {
        CSVTable(header: Self.columns, rows: changes.map { c in
            [c.action.rawValue, c.target.rawValue, c.id, c.column, c.value, c.note, c.source]
        }).text
    }

    /// The `column=value` pairs of an `add` change, in order.
    /// - Throws: ``NetworkError/invalidValue(file:line:column:value:expected:)`` for a pair without `=` or a column named twice.
    static func fields(of change: Change, file: String) throws -> [(column: String, value: String)] {
        var result: [(column: String, value: String)] = []
        for pair in change.value.split(separator: ";", omittingEmptySubsequences: true) {
            let text = String(pair).trimmingSpaces()
            if text.isEmpty { continue }
            guard let equals = text.firstIndex(of: "=") else {
                throw NetworkError.invalidValue(file: file, line: change.line, column: "value", value: text,
                                                expected: "a field written column=value (pairs separated by ';')")
            }
            let column = String(text[..<equals]).trimmingSpaces(), value = String(text[text.index(after: equals)...]).trimmingSpaces()
            if column.isEmpty || result.contains(where: { $0.column == column }) {
                throw NetworkError.invalidValue(file: file, line: change.line, column: "value", value: text,
                                                expected: column.isEmpty ? "a field written column=value" : "a column named once")
            }
            result.append((column, value))
        }
        return result
    }
}
