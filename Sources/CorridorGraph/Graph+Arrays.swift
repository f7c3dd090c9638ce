extension Graph {
    /// Rebuilds a graph from arrays saved earlier (a compiled-graph cache), or returns `nil` when they break an
    /// invariant of ``Graph`` — so a damaged cache is refused, never trusted.
    /// - Complexity: O(*n* + *m*) to check the invariants.
    public init?(firstOut: [UInt32], head: [UInt32], weight: [Weight], inputID: [UInt32],
                 firstIn: [UInt32], tail: [UInt32], reverseWeight: [Weight], forwardArc: [UInt32]) {
        let m = head.count
        guard !firstOut.isEmpty, firstOut.count == firstIn.count, firstOut.count - 1 < Int(UInt32.max),
              weight.count == m, inputID.count == m, tail.count == m, reverseWeight.count == m, forwardArc.count == m,
              Graph.isValidIndex(firstOut, arcCount: m), Graph.isValidIndex(firstIn, arcCount: m)
        else { return nil }
        let n = firstOut.count - 1
        for x in head where Int(x) >= n { return nil }
        for x in tail where Int(x) >= n { return nil }
        for r in 0 ..< m {
            let a = Int(forwardArc[r])
            guard a < m, reverseWeight[r] == weight[a] else { return nil }
        }
        self.nodeCount = n
        self.firstOut = firstOut
        self.head = head
        self.weight = weight
        self.inputID = inputID
        self.firstIn = firstIn
        self.tail = tail
        self.reverseWeight = reverseWeight
        self.forwardArc = forwardArc
    }

    /// Whether `first` starts at 0, never decreases and ends at `arcCount`.
    static func isValidIndex(_ first: [UInt32], arcCount: Int) -> Bool {
        guard first.first == 0, first.last.map(Int.init) == arcCount else { return false }
        var previous: UInt32 = 0
        for x in first {
            if x < previous { return false }
            previous = x
        }
        return true
    }
}
