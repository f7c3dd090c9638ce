import Foundation

/// A JSON document built in the order it should be printed, rendered with two-space indentation.
///
/// Keys keep their insertion order and numbers keep their exact text (`"12.345"`, a cost summed in integer units),
/// so output is stable enough to pin in tests and never shows binary-floating-point noise.
public indirect enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number written as given; must be valid JSON number text.
    case number(String)
    case bool(Bool)
    case null

    public static func integer<T: BinaryInteger>(_ value: T) -> JSONValue { .number(String(value)) }

    /// A decimal with up to `places` digits after the point, trailing zeros dropped.
    public static func decimal(_ value: Double, places: Int = 3) -> JSONValue {
        value.isFinite ? .number(Readable.decimal(value, places: places)) : .null
    }

    /// The rendered document, ending with a newline.
    public func rendered() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            let inner = indent + "  "
            for (i, (key, value)) in members.enumerated() {
                output += inner + JSONValue.quoted(key) + ": "
                value.write(to: &output, indent: inner)
                output += i == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                output += "[" + items.map { item in
                    var text = ""
                    item.write(to: &text, indent: "")
                    return text
                }.joined(separator: ", ") + "]"
                return
            }
            output += "[\n"
            let inner = indent + "  "
            for (i, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += i == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .string(let text): output += JSONValue.quoted(text)
        case .number(let text): output += text
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let c where c.value < 0x20: result += String(format: "\\u%04x", c.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
