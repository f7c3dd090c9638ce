extension Graph {
    /// Builds the graph from an arc list by counting sort, forward and reverse.
    /// - Precondition: Every arc's ends are below `nodeCount`; there are fewer than 2³² arcs and nodes.
    /// - Complexity: O(*n* + *m*) time, and the arrays of the result as memory.
    public init(nodeCount: Int, arcs: [Arc]) {
        precondition(nodeCount >= 0 && nodeCount < Int(UInt32.max), "A graph holds between 0 and 2³²−2 nodes, not \(nodeCount).")
        precondition(arcs.count < Int(UInt32.max), "A graph holds fewer than 2³² arcs.")
        let m = arcs.count
        var outCount = [UInt32](repeating: 0, count: nodeCount + 1)
        var inCount = [UInt32](repeating: 0, count: nodeCount + 1)
        for arc in arcs {
            precondition(arc.tail.index < nodeCount && arc.head.index < nodeCount,
                         "Arc \(arc.id) from \(arc.tail) to \(arc.head) leaves the graph of \(nodeCount) nodes.")
            outCount[arc.tail.index + 1] &+= 1
            inCount[arc.head.index + 1] &+= 1
        }
        for x in 0 ..< nodeCount {
            outCount[x + 1] &+= outCount[x]
            inCount[x + 1] &+= inCount[x]
        }
        let firstOut = outCount, firstIn = inCount
        var nextOut = outCount, nextIn = inCount
        var head = [UInt32](repeating: 0, count: m), weight = [Weight](repeating: 0, count: m)
        var inputID = [UInt32](repeating: 0, count: m)
        var tail = [UInt32](repeating: 0, count: m), reverseWeight = [Weight](repeating: 0, count: m)
        var forwardArc = [UInt32](repeating: 0, count: m)
        for arc in arcs {
            let a = Int(nextOut[arc.tail.index])
            nextOut[arc.tail.index] = UInt32(a + 1)
            head[a] = arc.head.rawValue
            weight[a] = arc.weight
            inputID[a] = arc.id
            let r = Int(nextIn[arc.head.index])
            nextIn[arc.head.index] = UInt32(r + 1)
            tail[r] = arc.tail.rawValue
            reverseWeight[r] = arc.weight
            forwardArc[r] = UInt32(a)
        }
        self.nodeCount = nodeCount
        self.firstOut = firstOut
        self.head = head
        self.weight = weight
        self.inputID = inputID
        self.firstIn = firstIn
        self.tail = tail
        self.reverseWeight = reverseWeight
        self.forwardArc = forwardArc
    }
}
