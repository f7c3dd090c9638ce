import CorridorModel

/// Finds the stored name closest to a mistyped one, for "Did you mean …?" hints.
enum NameSuggestion {
    /// The candidate within edit distance ⌈len/3⌉ of `name` (case ignored), the closest first; `nil` if none is.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = name.lowercased()
        let limit = max(1, (target.count + 2) / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = target.editDistance(to: candidate.lowercased())
            if distance <= limit && distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }
}
