import CorridorBench

/// The seeded generator of random test data: the benchmark's SplitMix64 (``SeededGenerator``), so a random test
/// graph and a generated benchmark graph draw from one implementation, the same for the same seed on every machine.
public typealias SplitMix64 = SeededGenerator
