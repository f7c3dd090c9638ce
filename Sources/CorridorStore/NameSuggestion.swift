/// Finds the stored name closest to a mistyped one, for "Did you mean …?" hints.
enum NameSuggestion {
    /// The candidate within edit distance ⌈len/3⌉ of `name` (case ignored), the closest first; `nil` if none is.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = max(1, (target.count + 2) / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= limit && distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    /// - Complexity: O(*a* · *b*) time, O(*b*) memory.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0 ... b.count)
        var current = previous
        for i in 1 ... max(a.count, 1) where !a.isEmpty {
            current[0] = i
            for j in 1 ... max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
