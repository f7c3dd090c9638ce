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
        guard m == 0 || (Graph.largest(head) < n && Graph.largest(tail) < n && Graph.largest(forwardArc) < m)
        else { return nil }
        let weightsAgree = weight.withUnsafeBufferPointer { weight in
            reverseWeight.withUnsafeBufferPointer { reverseWeight in
                forwardArc.withUnsafeBufferPointer { forwardArc in
                    var disagree = false
                    for r in 0 ..< m { disagree = disagree || reverseWeight[r] != weight[Int(forwardArc[r])] }
                    return !disagree
                }
            }
        }
        guard weightsAgree else { return nil }
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

    /// The largest of `values` (0 when empty), in one pass the compiler vectorises.
    static func largest(_ values: [UInt32]) -> Int {
        values.withUnsafeBufferPointer { values in
            var top: UInt32 = 0
            for x in values { top = max(top, x) }
            return Int(top)
        }
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
