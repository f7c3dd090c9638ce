/// Splits one line of a whitespace-separated text format into fields and reads them as integers, throwing an
/// ``ImportError`` that names the file, line, column and value when a field is missing or not a number.
///
/// Works on the raw bytes a ``LineReader`` hands out; allocates only to describe an error.
struct FieldScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let line: Int
    /// The byte offset of the next unread character.
    var position: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int, position: Int = 0) {
        self.bytes = bytes
        self.file = file
        self.line = line
        self.position = position
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Skips blanks; returns whether a field follows.
    @inline(__always) mutating func skipSpaces() -> Bool {
        while position < bytes.count && FieldScanner.isSpace(bytes[position]) { position += 1 }
        return position < bytes.count
    }

    /// Reads the next field as a whole number (an optional `-`, then digits), and the 1-based column it starts at.
    /// Values beyond ±10¹⁸ saturate; callers check ranges.
    @inline(__always) mutating func integer(_ field: String) throws -> (value: Int64, column: Int) {
        guard skipSpaces() else { throw ImportError.missingField(file: file, line: line, field: field) }
        let start = position
        var negative = false
        if bytes[position] == 0x2D { negative = true; position += 1 }
        var value: Int64 = 0
        let digitsStart = position
        while position < bytes.count {
            let digit = bytes[position] &- 0x30
            if digit > 9 { break }
            value = value < 100_000_000_000_000_000 ? value &* 10 &+ Int64(digit) : 1_000_000_000_000_000_000
            position += 1
        }
        if position == digitsStart || (position < bytes.count && !FieldScanner.isSpace(bytes[position])) {
            throw ImportError.notANumber(file: file, line: line, column: start + 1, field: field, value: token(at: start))
        }
        return (negative ? -value : value, start + 1)
    }

    /// Reads the next field as text (for the problem line's words).
    mutating func word() -> String? {
        guard skipSpaces() else { return nil }
        let start = position
        while position < bytes.count && !FieldScanner.isSpace(bytes[position]) { position += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< position]), as: UTF8.self)
    }

    /// Throws if anything but blanks is left on the line.
    mutating func expectEnd() throws {
        if skipSpaces() {
            let start = position
            throw ImportError.extraField(file: file, line: line, column: start + 1, value: token(at: start))
        }
    }

    /// The field starting at `start`, as text for a message (cut at 40 characters).
    func token(at start: Int) -> String {
        var end = start
        while end < bytes.count && !FieldScanner.isSpace(bytes[end]) && end - start < 40 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< end]), as: UTF8.self)
    }

    /// The whole line as text for a message (cut at 80 characters).
    var text: String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[0 ..< min(bytes.count, 80)]), as: UTF8.self)
    }
}
