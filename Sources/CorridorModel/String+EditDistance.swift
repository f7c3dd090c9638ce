extension String {
    /// The Levenshtein distance to `other`: the fewest insertions, deletions and substitutions of characters that
    /// turn one text into the other (`"Almatty"` is 1 from `"Almaty"`). Behind every "Did you mean …?" hint.
    /// - Complexity: O(*a* · *b*) time and O(*b*) memory for texts of *a* and *b* characters.
    package func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0 ... b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            current[0] = i
            for j in 1 ... b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
