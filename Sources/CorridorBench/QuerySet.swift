import CorridorGraph
import CorridorImport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The (source, target) pairs every algorithm of a benchmark answers, in order.
public struct QuerySet: Sendable {
    public var pairs: [(source: NodeID, target: NodeID)]
    /// Where the pairs came from, for the report: a file name or `random, seed S`.
    public var origin: String

    public init(pairs: [(source: NodeID, target: NodeID)], origin: String) {
        self.pairs = pairs
        self.origin = origin
    }

    /// `count` pairs drawn uniformly (source and target independently), the same for the same seed.
    public static func random(count: Int, seed: UInt64, nodeCount: Int) throws -> QuerySet {
        guard nodeCount > 0 else { throw BenchError.emptyGraph }
        var random = SeededGenerator(seed: seed)
        let pairs = (0 ..< count).map { _ in
            (NodeID(Int.random(in: 0 ..< nodeCount, using: &random)), NodeID(Int.random(in: 0 ..< nodeCount, using: &random)))
        }
        return QuerySet(pairs: pairs, origin: "\(count) random pairs, seed \(seed)")
    }

    /// Reads a pairs file: one `SOURCE TARGET` per line with 1-based node ids (as DIMACS and the peers' `ny_pairs.txt`
    /// write them); further columns are ignored, `#` or `c` starts a comment line, blank lines are skipped.
    /// - Throws: ``BenchError`` naming the file and line of a malformed pair or an id outside the graph.
    public static func read(file path: String, nodeCount: Int) throws -> QuerySet {
        let text = try readText(path)
        var pairs: [(source: NodeID, target: NodeID)] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("c ") || trimmed == "\r" { continue }
            let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard fields.count >= 2, let s = Int(fields[0]), let t = Int(fields[1]) else {
                throw BenchError.malformedPair(file: path, line: lineNumber, text: String(line.prefix(60)))
            }
            for value in [s, t] where value < 1 || value > nodeCount {
                throw BenchError.nodeOutOfRange(file: path, line: lineNumber, value: value, nodeCount: nodeCount)
            }
            pairs.append((NodeID(s - 1), NodeID(t - 1)))
        }
        guard !pairs.isEmpty else { throw BenchError.noPairs(file: path) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return QuerySet(pairs: pairs, origin: name)
    }

    /// The whole file as text.
    static func readText(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else {
            throw ImportError.cannotOpen(file: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = fread(&chunk, 1, chunk.count, file)
            if got <= 0 { break }
            bytes.append(contentsOf: chunk[0 ..< got])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
