import CorridorGraph

extension RouteGraph {
    /// What a Pareto search found: a path per non-dominated vector, and how much work it took.
    struct ParetoPaths {
        var paths: [Path]
        /// Labels made (each a path to a node that no settled label dominated when it was made).
        var labelsCreated: Int
        /// Labels settled: taken from the queue and kept as non-dominated at their node.
        var labelsSettled: Int
    }

    /// One label: a path to `node` with its three sums, reached from label `parent` by arc `arc`.
    struct ParetoLabel {
        var node: Int32
        var parent: Int32
        var arc: UInt32
        var cost: Int64, time: Int64, co2: Int64
    }

    /// A label in the queue, keyed by its sums in lexicographic order: the chosen criteria first (in the order cost,
    /// time, CO2e), then the others to break ties, so that of two labels equal on the criteria the one better on the
    /// rest settles first.
    struct ParetoEntry: Comparable {
        var k0: Int64, k1: Int64, k2: Int64
        var label: Int32
        static func < (a: ParetoEntry, b: ParetoEntry) -> Bool { (a.k0, a.k1, a.k2, a.label) < (b.k0, b.k1, b.k2, b.label) }
    }

    /// Every path from `a` to `b` whose typical (cost, time, CO2e) is not dominated on `criteria`: one path per
    /// non-dominated vector (equal vectors count once). Exact multi-criteria label setting (E. Q. V. Martins, *On a
    /// multicriteria shortest path problem*, EJOR 16, 1984) on the expanded graph: labels leave a lexicographic
    /// queue; one dominated (weakly, on `criteria`) by a settled label at its node or at the target is dropped.
    /// Measures are non-negative, so a settled label is never dominated later, and the labels settled at the target
    /// are the frontier.
    /// - Throws: ``NetworkError/workLimit(what:limit:unit:hint:)`` when more than `labelLimit` labels are made.
    /// - Complexity: O(*L* · (log *L* + *F*)) for *L* labels made and *F* settled labels per node; *L* is bounded by
    ///   `labelLimit`.
    func paretoPaths(from a: Place.ID, to b: Place.ID, criteria: Set<ParetoFrontier.Criterion>,
                     labelLimit: Int) throws -> ParetoPaths {
        guard let s = startNode(of: a), let t = endNode(of: b), a != b || layerCount > 1 else {
            return ParetoPaths(paths: [], labelsCreated: 0, labelsSettled: 0)
        }
        precondition(!criteria.isEmpty, "Choose at least one criterion.")
        let useCost = criteria.contains(.cost), useTime = criteria.contains(.time), useCO2 = criteria.contains(.co2)
        func dominates(_ x: ParetoLabel, _ y: ParetoLabel) -> Bool {
            (!useCost || x.cost <= y.cost) && (!useTime || x.time <= y.time) && (!useCO2 || x.co2 <= y.co2)
        }
        let order = ParetoFrontier.Criterion.allCases.filter(criteria.contains)
            + ParetoFrontier.Criterion.allCases.filter { !criteria.contains($0) }
        func entry(_ index: Int) -> ParetoEntry {
            let l = labels[index]
            let k = order.map { c -> Int64 in c == .cost ? l.cost : c == .time ? l.time : l.co2 }
            return ParetoEntry(k0: k[0], k1: k[1], k2: k[2], label: Int32(index))
        }
        var labels = [ParetoLabel(node: Int32(s.index), parent: -1, arc: .max, cost: 0, time: 0, co2: 0)]
        var settled = [[Int32]](repeating: [], count: graph.nodeCount)
        var heap = BinaryHeap<ParetoEntry>()
        heap.push(entry(0))
        var settledCount = 0
        let target = t.index
        while let e = heap.popMin() {
            let label = labels[Int(e.label)]
            let u = Int(label.node)
            if settled[u].contains(where: { dominates(labels[Int($0)], label) }) { continue }
            if u != target, settled[target].contains(where: { dominates(labels[Int($0)], label) }) { continue }
            settled[u].append(e.label)
            settledCount += 1
            if u == target { continue }
            for arc in Int(graph.firstOut[u]) ..< Int(graph.firstOut[u + 1]) {
                let v = Int(graph.head[arc])
                let m = measures[Int(graph.inputID[arc])]
                let next = ParetoLabel(node: Int32(v), parent: e.label, arc: UInt32(arc), cost: label.cost + m.cost.typical,
                                       time: label.time + m.time.typical, co2: label.co2 + m.co2.typical)
                if settled[v].contains(where: { dominates(labels[Int($0)], next) }) { continue }
                if settled[target].contains(where: { dominates(labels[Int($0)], next) }) { continue }
                if labels.count >= labelLimit {
                    throw NetworkError.workLimit(
                        what: "the trade-off frontier from '\(a)' to '\(b)'", limit: labelLimit, unit: "labels",
                        hint: "Compare two criteria instead of three (--pareto-objectives cost,time), or narrow the request (modes, avoided countries).")
                }
                labels.append(next)
                heap.push(entry(labels.count - 1))
            }
        }
        let paths = settled[target].map { index -> Path in
            var arcs: [UInt32] = []
            var i = Int(index)
            while labels[i].parent >= 0 { arcs.append(labels[i].arc); i = Int(labels[i].parent) }
            arcs.reverse()
            let weight = arcs.reduce(Weight(0)) { $0.saturatingAdd(graph.weight[Int($1)]) }
            return graph.path(from: s, arcs: arcs, weight: weight)
        }
        return ParetoPaths(paths: paths, labelsCreated: labels.count, labelsSettled: settledCount)
    }

    /// The links a path uses, in order, each as its index (bitwise complement when taken backwards): what tells two
    /// routes apart, as opposed to the states and transfers at the places they share.
    func linkSequence(of path: Path) -> [Int] {
        var sequence: [Int] = []
        for id in path.arcIDs {
            if case let .link(index, forward, _, _) = meanings[Int(id)] { sequence.append(forward ? index : ~index) }
        }
        return sequence
    }
}
