extension Graph {
    /// Builds the graph from an arc list by counting sort: degrees in one pass over `arcs`, then the forward arrays
    /// from `arcs`, then the reverse arrays from the forward ones. Parallel arcs, loops and zero weights are kept as given.
    ///
    /// Forward arcs of a node keep their input order; reverse arcs of a node are ordered by forward arc number.
    /// When the caller hands over the last reference to `arcs` (a `consume`, or a temporary), the list is freed as
    /// soon as the forward arrays are built, so the peak memory is the arc list plus the forward half, not the list
    /// plus the whole graph.
    /// - Precondition: Every arc's ends are below `nodeCount`; there are fewer than 2³² − 1 arcs and nodes.
    /// - Complexity: O(*n* + *m*) time; memory: the result's arrays (the offsets serve as the scatter's cursors).
    public init(nodeCount: Int, arcs: consuming [Arc]) {
        precondition(nodeCount >= 0 && nodeCount < Int(UInt32.max), "A graph holds between 0 and 2³²−2 nodes, not \(nodeCount).")
        precondition(arcs.count < Int(UInt32.max), "A graph holds fewer than 2³²−1 arcs, not \(arcs.count).")
        let n = nodeCount, m = arcs.count
        // Count out- and in-degrees in one pass, shifted by two slots, and take prefix sums: then `first[x + 1]` is
        // where node x's arcs start, a cursor that the scatter advances to x's end, which leaves `first[0 ... n]` the
        // finished offsets without a separate cursor array (the extra last slot is dropped).
        var firstOut = [UInt32](repeating: 0, count: n + 2)
        var firstIn = [UInt32](repeating: 0, count: n + 2)
        arcs.withUnsafeBufferPointer { arcs in
            firstOut.withUnsafeMutableBufferPointer { first in
                firstIn.withUnsafeMutableBufferPointer { firstIn in
                    for arc in arcs {
                        precondition(arc.tail.index < n && arc.head.index < n,
                                     "Arc \(arc.id) from \(arc.tail) to \(arc.head) leaves the graph of \(n) nodes.")
                        first[arc.tail.index &+ 2] &+= 1
                        firstIn[arc.head.index &+ 2] &+= 1
                    }
                    for x in 1 ..< n + 1 {
                        first[x &+ 1] &+= first[x]
                        firstIn[x &+ 1] &+= firstIn[x]
                    }
                }
            }
        }
        var head = [UInt32](), weight = [Weight](), inputID = [UInt32]()
        arcs.withUnsafeBufferPointer { arcs in
            firstOut.withUnsafeMutableBufferPointer { next in
                head = [UInt32](unsafeUninitializedCapacity: m) { head, headCount in
                    weight = [Weight](unsafeUninitializedCapacity: m) { weight, weightCount in
                        inputID = [UInt32](unsafeUninitializedCapacity: m) { inputID, idCount in
                            for arc in arcs {
                                let a = Int(next[arc.tail.index &+ 1])
                                next[arc.tail.index &+ 1] = UInt32(truncatingIfNeeded: a &+ 1)
                                head[a] = arc.head.rawValue
                                weight[a] = arc.weight
                                inputID[a] = arc.id
                            }
                            idCount = m
                        }
                        weightCount = m
                    }
                    headCount = m
                }
            }
        }
        arcs = []   // frees the list now if this was its last reference
        firstOut.removeLast()
        // Reverse: scatter the forward arcs node by node.
        var tail = [UInt32](), reverseWeight = [Weight](), forwardArc = [UInt32]()
        firstOut.withUnsafeBufferPointer { firstOut in
            head.withUnsafeBufferPointer { head in
                weight.withUnsafeBufferPointer { weight in
                    firstIn.withUnsafeMutableBufferPointer { next in
                        tail = [UInt32](unsafeUninitializedCapacity: m) { tail, tailCount in
                            reverseWeight = [Weight](unsafeUninitializedCapacity: m) { reverseWeight, weightCount in
                                forwardArc = [UInt32](unsafeUninitializedCapacity: m) { forwardArc, arcCount in
                                    for u in 0 ..< n {
                                        for a in Int(firstOut[u]) ..< Int(firstOut[u + 1]) {
                                            let v = Int(head[a]) &+ 1
                                            let r = Int(next[v])
                                            next[v] = UInt32(truncatingIfNeeded: r &+ 1)
                                            tail[r] = UInt32(truncatingIfNeeded: u)
                                            reverseWeight[r] = weight[a]
                                            forwardArc[r] = UInt32(truncatingIfNeeded: a)
                                        }
                                    }
                                    arcCount = m
                                }
                                weightCount = m
                            }
                            tailCount = m
                        }
                    }
                }
            }
        }
        firstIn.removeLast()
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
}
