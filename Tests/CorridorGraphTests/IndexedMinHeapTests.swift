import CorridorGraph
import CorridorTestSupport
import Testing

/// The public indexed heap against a plain array kept sorted by brute force.
@Test(arguments: 0 ..< 20 as Range<UInt64>)
func indexedMinHeapAgreesWithBruteForce(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let capacity = 64
    let heap = IndexedMinHeap(capacity: capacity)
    var model: [UInt32: Weight] = [:]
    for _ in 0 ..< 2000 {
        switch Int.random(in: 0 ..< 3, using: &random) {
        case 0:
            let node = UInt32.random(in: 0 ..< UInt32(capacity), using: &random)
            let key = Weight.random(in: 0 ... 50, using: &random)
            if let old = model[node] {
                if key < old { heap.decrease(node, to: key); model[node] = key }
            } else {
                heap.push(node, key: key); model[node] = key
            }
        default:
            let expected = model.min { ($0.value, $0.key) < ($1.value, $1.key) }
            let popped = heap.popMin()
            #expect(popped?.node == expected?.key && popped?.key == expected?.value, "seed \(seed)")
            if let node = expected?.key { model[node] = nil }
        }
        #expect(heap.count == model.count)
        #expect(heap.minKey == model.values.min())
    }
    let copy = heap.copy()
    heap.removeAll()
    #expect(heap.isEmpty && copy.count == model.count)
}
