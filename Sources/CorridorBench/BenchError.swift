/// Why a benchmark cannot run: a bad query file, an unknown generator, a node outside the graph.
public enum BenchError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A line of a pairs file that is not two node ids.
    case malformedPair(file: String, line: Int, text: String)
    /// A node id (1-based, as in the file) outside the graph.
    case nodeOutOfRange(file: String, line: Int, value: Int, nodeCount: Int)
    /// A pairs file without a single pair.
    case noPairs(file: String)
    /// A `--generate` description that is neither `grid:WxH` nor `random:N,M`.
    case unknownGenerator(String)
    /// A `--generate` description of a graph larger than the generator makes.
    case generatorTooLarge(String, nodes: Int, arcs: Int)
    /// A source for one-to-all outside the graph.
    case sourceOutOfRange(value: Int, nodeCount: Int)
    /// The graph has no nodes to query.
    case emptyGraph

    public var description: String {
        switch self {
        case let .malformedPair(file, line, text):
            return "Cannot read pairs from '\(file)', line \(line): '\(text)' is not two node ids. Write 'SOURCE TARGET' per line (1-based ids; '#' starts a comment)."
        case let .nodeOutOfRange(file, line, value, nodeCount):
            return "Cannot read pairs from '\(file)', line \(line): node id \(value) is out of range 1…\(nodeCount). Use pairs made for this graph."
        case let .noPairs(file):
            return "Cannot read pairs from '\(file)': it holds no pairs. Write 'SOURCE TARGET' per line, or use --queries N."
        case let .unknownGenerator(text):
            return "Unknown graph generator '\(text)'. Use 'grid:WIDTHxHEIGHT' (e.g. grid:300x300) or 'random:NODES,ARCS' (e.g. random:100000,400000)."
        case let .generatorTooLarge(text, nodes, arcs):
            return "Cannot generate '\(text)': it is larger than the \(nodes) nodes and \(arcs) arcs a generated graph may have. Choose a smaller size."
        case let .sourceOutOfRange(value, nodeCount):
            return "Source node \(value) is out of range 1…\(nodeCount). Node ids are 1-based, as in DIMACS files."
        case .emptyGraph:
            return "The graph has no nodes, so there is nothing to query. Choose a larger graph."
        }
    }
}
