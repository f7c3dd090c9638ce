/// An identifier spelled as a short text code in the network files (`xian`, `rail-xian-lanzhou`).
///
/// Each domain type has its own `ID` type conforming to this protocol, so a place id can never be passed where a
/// link id is expected. Ids order and print as their code and encode as a bare string.
public protocol Slug: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    var code: String { get }
    init(_ code: String)
}

extension Slug {
    public init(stringLiteral value: String) { self.init(value) }
    public static func < (a: Self, b: Self) -> Bool { a.code < b.code }
    public var description: String { code }
    public init(from decoder: any Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
