import Foundation

/// Finding places and corridors by what a user types.
extension Network {
    /// The place whose id, name or alternative name is `text`, compared without regard to case, accents,
    /// apostrophes, spaces and hyphens (`xian`, `Xi'an` and `XIAN` all find Xi'an). A name also matches without its
    /// bracketed qualifier (`Sarakhs` matches `Sarakhs (IR side)`). An id match wins; otherwise every place one of
    /// whose names matches counts, so a name two places share (Sarakhs, on either side of the border) is ambiguous.
    /// - Throws: ``NetworkError/unknownPlaceName(_:closest:)`` with the closest places by edit distance, or
    ///   ``NetworkError/ambiguousPlaceName(_:matches:)`` when several places match equally well.
    /// - Complexity: O(*n*) in the number of names, O(*n* · *k*²) when there is no match (edit distances).
    public func place(matching text: String) throws -> Place {
        if let exact = place(Place.ID(text)) { return exact }
        let key = Self.searchKey(text)
        let tiers: [(Place) -> [String]] = [{ [$0.id.code] }, { p in ([p.name] + p.alternativeNames).flatMap { [$0, Self.unqualified($0)] } }]
        for names in tiers {
            let matches = places.filter { p in names(p).contains { Self.searchKey($0) == key } }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw NetworkError.ambiguousPlaceName(text, matches: matches.map(\.id)) }
        }
        throw NetworkError.unknownPlaceName(text, closest: closestPlaces(to: text))
    }

    /// Up to `limit` places whose names are closest to `text` by edit distance, nearest first; only places within
    /// a distance of a third of the text's length (at least 2) count.
    public func closestPlaces(to text: String, limit: Int = 3) -> [Place.ID] {
        let key = Self.searchKey(text)
        let allowed = max(2, key.count / 3)
        var scored: [(Int, Place.ID)] = []
        for p in places {
            let best = ([p.id.code, p.name] + p.alternativeNames).map { Self.searchKey($0).editDistance(to: key) }.min() ?? .max
            if best <= allowed { scored.append((best, p.id)) }
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }

    /// The corridor with id or name `text` (compared like place names).
    /// - Throws: ``NetworkError/unknownCorridor(_:closest:)``.
    public func corridor(matching text: String) throws -> Corridor {
        if let exact = corridor(Corridor.ID(text)) { return exact }
        let key = Self.searchKey(text)
        if let found = corridors.first(where: { Self.searchKey($0.id.code) == key || Self.searchKey($0.name) == key }) { return found }
        let closest = corridors.map { (Self.searchKey($0.id.code).editDistance(to: key), $0.id) }
            .filter { $0.0 <= max(3, key.count / 3) }.sorted { $0.0 < $1.0 }.prefix(3).map(\.1)
        throw NetworkError.unknownCorridor(text, closest: Array(closest))
    }

    /// `name` without a trailing bracketed qualifier: `Khorgos (CN)` → `Khorgos`.
    static func unqualified(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// `text` folded for comparison: lower case, accents removed, only letters and digits kept.
    public static func searchKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var key = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "ı": key.append("i")
            case "ł": key.append("l")
            case "ø": key.append("o")
            default:
                if CharacterSet.alphanumerics.contains(scalar) { key.unicodeScalars.append(scalar) }
            }
        }
        return key
    }
}
