extension Graph {
    /// Rebuilds a graph from arrays saved earlier (a compiled-graph cache), or returns `nil` when they break an
    /// invariant of ``Graph`` — so a damaged cache is refused, never trusted.
    /// - Complexity: O(*n* + *m*) to check the invariants.
    public init?(firstOut: [UInt32], head: [UInt32], weight: [Weight], inputID: [UInt32],
                 firstIn: [UInt32], tail: [UInt32], reverseWeight: [Weight], forwardArc: [UInt32]) {
        let m = head.count, n = firstOut.count - 1
        guard Graph.isValidForwardHalf(firstOut, head, weight, inputID), firstIn.count == firstOut.count,
              tail.count == m, reverseWeight.count == m, forwardArc.count == m, Graph.isValidIndex(firstIn, arcCount: m),
              m == 0 || (Graph.largest(tail) < n && Graph.largest(forwardArc) < m)
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
        self.init(checkedFirstOut: firstOut, head: head, weight: weight, inputID: inputID, firstIn: firstIn, tail: tail,
                  reverseWeight: reverseWeight, forwardArc: forwardArc)
    }

    /// Rebuilds the forward half of a graph from arrays saved earlier, without its reverse half (see the type's
    /// documentation: enough for the searches that run forward only), or returns `nil` when they break an invariant.
    /// - Complexity: O(*n* + *m*) to check the invariants, in sequential passes.
    public init?(firstOut: [UInt32], head: [UInt32], weight: [Weight], inputID: [UInt32]) {
        guard Graph.isValidForwardHalf(firstOut, head, weight, inputID) else { return nil }
        self.init(checkedFirstOut: firstOut, head: head, weight: weight, inputID: inputID, firstIn: [], tail: [],
                  reverseWeight: [], forwardArc: [])
    }

    /// A graph of arrays already checked.
    private init(checkedFirstOut firstOut: [UInt32], head: [UInt32], weight: [Weight], inputID: [UInt32],
                 firstIn: [UInt32], tail: [UInt32], reverseWeight: [Weight], forwardArc: [UInt32]) {
        self.nodeCount = firstOut.count - 1
        self.firstOut = firstOut
        self.head = head
        self.weight = weight
        self.inputID = inputID
        self.firstIn = firstIn
        self.tail = tail
        self.reverseWeight = reverseWeight
        self.forwardArc = forwardArc
    }

    /// Whether the arrays form a valid forward half: offsets for fewer than 2³² − 1 nodes, from 0 to the arc count
    /// and never decreasing, one weight and one input id per arc, every head a node.
    static func isValidForwardHalf(_ firstOut: [UInt32], _ head: [UInt32], _ weight: [Weight], _ inputID: [UInt32]) -> Bool {
        let m = head.count
        guard !firstOut.isEmpty, firstOut.count - 1 < Int(UInt32.max), weight.count == m, inputID.count == m,
              Graph.isValidIndex(firstOut, arcCount: m)
        else { return false }
        return m == 0 || Graph.largest(head) < firstOut.count - 1
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
