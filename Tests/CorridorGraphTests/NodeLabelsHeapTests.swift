@testable import CorridorGraph
import CorridorTestSupport
import Testing

/// The searches' 4-ary heap with decrease-key (in ``NodeLabels``) against a plain dictionary searched by brute force.
@Test(arguments: 0 ..< 20 as Range<UInt64>)
func nodeLabelsHeapAgreesWithBruteForce(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let capacity = 64
    let labels = NodeLabels(count: capacity)
    labels.clear()
    var model: [Int: Weight] = [:]
    for _ in 0 ..< 2000 {
        switch Int.random(in: 0 ..< 3, using: &random) {
        case 0:
            let node = Int.random(in: 0 ..< capacity, using: &random)
            let key = Weight.random(in: 0 ... 50, using: &random)
            if let old = model[node] {
                if key < old { labels.decrease(node, to: key); model[node] = key }
            } else {
                labels.push(node, key: key); model[node] = key
            }
        default:
            let expected = model.min { ($0.value, $0.key) < ($1.value, $1.key) }
            let popped = labels.popMin()
            #expect(popped?.node == expected?.key && popped?.key == expected?.value, "seed \(seed)")
            if let node = expected?.key { model[node] = nil }
        }
        #expect(labels.heapCount == model.count)
    }
    let copy = labels.copy()
    labels.clear()
    #expect(labels.heapCount == 0 && copy.heapCount == model.count)
}
