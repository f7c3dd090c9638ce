import Foundation
import Testing

/// The real DIMACS New York road graph through the command line: import, then a batch of the shared query pairs,
/// checked against the distances several engines agree on. Skipped when the shared data folder is absent.
@Suite struct NewYorkTests {
    /// `<package root>/../shared`.
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var available: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/dimacs/USA-road-d.NY.gr.gz").path)
            && FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/dimacs/USA-road-d.NY.co.gz").path)
            && FileManager.default.fileExists(atPath: shared.appendingPathComponent("peers/ny_pairs_expected.txt").path)
    }

    @Test(.enabled(if: available, "needs ../shared/data/dimacs and ../shared/peers"))
    func importedNewYorkAnswersTheSharedPairsExactly() throws {
        let sandbox = try Sandbox()
        let graph = Self.shared.appendingPathComponent("data/dimacs/USA-road-d.NY.gr.gz").path
        let coordinates = Self.shared.appendingPathComponent("data/dimacs/USA-road-d.NY.co.gz").path
        let imported = try sandbox.run(["import", "dimacs", graph, "--coordinates", coordinates, "--name", "ny"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout
            == "Imported graph 'ny' from USA-road-d.NY.gr.gz: 264,346 nodes, 733,846 arcs, with coordinates.\n")

        // A debug build is slow: a few pairs suffice to show the whole path is exact.
        let expected = try String(contentsOf: Self.shared.appendingPathComponent("peers/ny_pairs_expected.txt"),
                                  encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.prefix(4)
            .map { $0.split(separator: " ").map(String.init) }
        let pairs = expected.map { "\($0[0]) \($0[1])\n" }.joined()
        for algorithm in ["dijkstra", "bidirectional", "astar"] {
            let result = try sandbox.run(["route", "--network", "ny", "--pairs", "-", "--algorithm", algorithm],
                                         stdin: pairs)
            #expect(result.status == 0, "\(result)")
            let lines = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
            #expect(lines.count == expected.count)
            for (line, truth) in zip(lines, expected) {
                #expect(Array(line.prefix(3)) == Array(truth.prefix(3)), "\(algorithm): \(line) vs \(truth)")
            }
        }
    }
}
