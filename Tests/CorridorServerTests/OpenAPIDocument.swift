import Foundation

/// The server's `openapi.yaml`, read with a reader for the plain block YAML it is written in (mappings, lists,
/// one-line scalars, bracketed lists of scalars), and a checker for the part of OpenAPI 3.0 schemas it uses:
/// `$ref`, `type`, `nullable`, `enum`, `required`, `properties`, `additionalProperties: false`, `items`, `oneOf`, `allOf`
/// (with `nullable` beside it: a reference that may be null).
/// A document outside that subset fails to read rather than being half understood.
struct OpenAPIDocument: @unchecked Sendable {   // immutable after init; [String: Any] is not Sendable
    let root: [String: Any]

    /// The document the server serves, read from the sources; `nil` if it does not read.
    static let served: OpenAPIDocument? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CorridorServer/Resources/openapi.yaml")
        return (try? String(contentsOf: url, encoding: .utf8)).flatMap { try? OpenAPIDocument(text: $0) }
    }()

    init(text: String) throws {
        var lines: [(indent: Int, text: String)] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = raw.prefix { $0 == " " }.count
            let content = raw.dropFirst(indent).trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if raw.contains("\t") { throw ReadError.unsupported("tab in '\(raw)'") }
            lines.append((indent, content))
        }
        var reader = Reader(lines: lines)
        guard let root = try reader.node(indent: 0) as? [String: Any], reader.index == lines.count else {
            throw ReadError.unsupported("the document is not one mapping")
        }
        self.root = root
    }

    enum ReadError: Error { case unsupported(String) }

    private struct Reader {
        var lines: [(indent: Int, text: String)]
        var index = 0

        mutating func node(indent: Int) throws -> Any {
            lines[index].text.hasPrefix("- ") ? try list(indent: indent) : try mapping(indent: indent)
        }

        mutating func mapping(indent: Int) throws -> [String: Any] {
            var result: [String: Any] = [:]
            while index < lines.count, lines[index].indent == indent, !lines[index].text.hasPrefix("- ") {
                let text = lines[index].text
                let key: String, rest: String
                if let colon = text.range(of: ": ") {
                    key = String(text[..<colon.lowerBound]); rest = String(text[colon.upperBound...])
                } else if text.hasSuffix(":") {
                    key = String(text.dropLast()); rest = ""
                } else {
                    throw ReadError.unsupported("line '\(text)' is neither 'key: value' nor 'key:'")
                }
                index += 1
                let name = Self.scalar(key) as? String ?? key
                if !rest.isEmpty {
                    result[name] = Self.scalar(rest)
                } else if index < lines.count, lines[index].indent > indent
                            || (lines[index].indent == indent && lines[index].text.hasPrefix("- ")) {
                    result[name] = try node(indent: lines[index].indent)
                } else {
                    throw ReadError.unsupported("key '\(name)' has no value")
                }
            }
            if index < lines.count, lines[index].indent > indent {
                throw ReadError.unsupported("unexpected indentation at '\(lines[index].text)'")
            }
            return result
        }

        mutating func list(indent: Int) throws -> [Any] {
            var result: [Any] = []
            while index < lines.count, lines[index].indent == indent, lines[index].text.hasPrefix("- ") {
                let item = String(lines[index].text.dropFirst(2))
                if item.contains(": ") || item.hasSuffix(":") {
                    lines[index] = (indent + 2, item)   // "- key: value" opens a mapping two columns in
                    result.append(try mapping(indent: indent + 2))
                } else {
                    result.append(Self.scalar(item))
                    index += 1
                }
            }
            return result
        }

        static func scalar(_ text: String) -> Any {
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { return String(text.dropFirst().dropLast()) }
            if text.hasPrefix("["), text.hasSuffix("]") {
                return text.dropFirst().dropLast().split(separator: ",")
                    .map { scalar($0.trimmingCharacters(in: .whitespaces)) }
            }
            if text == "true" { return true }
            if text == "false" { return false }
            if let integer = Int(text) { return integer }
            return text
        }
    }

    // MARK: Checking answers

    /// The problems of `body` as the answer of `GET path` with `status` and `contentType`, or none.
    func problems(path: String, status: Int, contentType: String, body: Data) -> [String] {
        guard let operation = (((root["paths"] as? [String: Any])?[path] as? [String: Any])?["get"]) as? [String: Any]
        else { return ["\(path) is not in the document"] }
        guard var response = (operation["responses"] as? [String: Any])?[String(status)] as? [String: Any] else {
            return ["status \(status) of \(path) is not in the document"]
        }
        if let ref = response["$ref"] as? String, let resolved = resolve(ref) { response = resolved }
        let media = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let schema = ((response["content"] as? [String: Any])?[media] as? [String: Any])?["schema"] as? [String: Any]
        else { return ["\(media) for status \(status) of \(path) is not in the document"] }
        if media.hasSuffix("yaml") { return [] }
        guard let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return ["the body is not JSON"]
        }
        return problems(of: value, against: schema, at: "$")
    }

    /// Whether JSONSerialization read `value` from `true` or `false` (an NSNumber of Objective-C type `c`).
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    func resolve(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] }
        return node as? [String: Any]
    }

    /// Where `value` breaks `schema`, each problem with its JSON path.
    func problems(of value: Any, against schema: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            guard let resolved = resolve(ref) else { return ["\(path): unresolved \(ref)"] }
            return problems(of: value, against: resolved, at: path)
        }
        if let choices = schema["oneOf"] as? [[String: Any]] {
            let matching = choices.filter { problems(of: value, against: $0, at: path).isEmpty }
            return matching.count == 1 ? [] : ["\(path): matches \(matching.count) of the oneOf schemas, not 1"]
        }
        if value is NSNull { return schema["nullable"] as? Bool == true ? [] : ["\(path): null where not nullable"] }
        if let parts = schema["allOf"] as? [[String: Any]] {   // `nullable` beside `allOf: [$ref]`: a reference or null
            return parts.flatMap { problems(of: value, against: $0, at: path) }
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { "\($0)" == "\(value)" }) {
            return ["\(path): '\(value)' is not one of \(choices)"]
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            var found: [String] = []
            for name in schema["required"] as? [Any] ?? [] where object[String(describing: name)] == nil {
                found.append("\(path): lacks '\(name)'")
            }
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] as? [String: Any] {
                    found += problems(of: member, against: property, at: "\(path).\(name)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): '\(name)' is not in the schema")
                }
            }
            return found
        case "array":
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            guard let items = schema["items"] as? [String: Any] else { return [] }
            return array.enumerated().flatMap { problems(of: $0.element, against: items, at: "\(path)[\($0.offset)]") }
        case "string":
            return value is String ? [] : ["\(path): not a string"]
        case "boolean":
            return Self.isBoolean(value) ? [] : ["\(path): not a boolean"]
        case "integer":
            guard let number = value as? NSNumber, !Self.isBoolean(value), number.doubleValue.rounded() == number.doubleValue
            else { return ["\(path): not an integer"] }
            return []
        case "number":
            return value is NSNumber && !Self.isBoolean(value) ? [] : ["\(path): not a number"]
        default:
            return []
        }
    }
}
