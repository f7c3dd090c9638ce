import CorridorTestSupport
import Foundation
import Testing

/// `route --alternatives`, `--max-detour` and `--pareto` run through the built binary: pgRouting's documented
/// `pgr_KSP` answers on its sample graph, and the shape of every format on the bundled network.
@Suite struct AlternativesCLITests {
    /// Every documented `pgr_KSP` query (K = 2), as single routes in TSV and JSON and all together through --pairs.
    @Test(arguments: [true, false])
    func importedGraphsGivePgRoutingsAnswers(directed: Bool) throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(PgRoutingSample.edges, to: "edges.csv")
        let imported = try sandbox.run(["import", "edges", file, "--name", "sample"] + (directed ? [] : ["--undirected"]))
        #expect(imported.status == 0, "\(imported)")
        let answers = PgRoutingSample.answers.filter { $0.function == "pgr_KSP" && $0.directed == directed }
        var pairs: [(Int64, Int64)] = []
        for a in answers where !pairs.contains(where: { $0 == (a.source, a.target) }) { pairs.append((a.source, a.target)) }
        var expectedLines = ["from\tto\trank\tcost\tedges"]
        for (source, target) in pairs {
            let documented = answers.filter { $0.source == source && $0.target == target }
            let tsv = try sandbox.run(["route", "--network", "sample", "--from", "\(source)", "--to", "\(target)",
                                       "--alternatives", "2", "--format", "tsv"])
            #expect(tsv.status == 0, "\(tsv)")
            let rows = tsv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            #expect(rows.map { Int($0[3])! } == documented.map(\.cost), "\(source) → \(target)")
            #expect(rows.map { Int($0[4])! } == documented.map(\.edges.count), "\(source) → \(target)")
            for (row, answer) in zip(rows, documented) {
                let nodes = row[5].split(separator: ",").map { Int64($0)! }
                #expect(nodes.first == source && nodes.last == target && Set(nodes).count == nodes.count)
                #expect(row[6].split(separator: ",").count == answer.edges.count)
            }
            let json = try sandbox.run(["route", "--network", "sample", "--from", "\(source)", "--to", "\(target)",
                                        "--alternatives", "2", "--format", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let paths = try #require(object["paths"] as? [[String: Any]])
            #expect(paths.map { $0["cost"] as? Int } == documented.map(\.cost))
            for (rank, answer) in documented.enumerated() { expectedLines.append("\(source)\t\(target)\t\(rank + 1)\t\(answer.cost)\t\(answer.edges.count)") }
        }
        let input = pairs.map { "\($0.0) \($0.1)" }.joined(separator: "\n") + "\n6 14\n"
        let batch = try sandbox.run(["route", "--network", "sample", "--pairs", "-", "--alternatives", "2"], stdin: input)
        #expect(batch.status == 0, "\(batch)")
        #expect(batch.stdout == (expectedLines + ["6\t14\t\t\t"]).joined(separator: "\n") + "\n")

        let none = try sandbox.run(["route", "--network", "sample", "--from", "6", "--to", "14", "--alternatives", "2"])
        #expect(none.status == 2 && none.stderr.hasPrefix("error: No route from node 6 to node 14 in graph 'sample'."))
        let algorithm = try sandbox.run(["route", "--network", "sample", "--from", "6", "--to", "17", "--alternatives", "2",
                                         "--algorithm", "bidirectional"])
        #expect(algorithm.status == 64 && algorithm.stderr.contains("--algorithm bidirectional does not apply"))
        let pareto = try sandbox.run(["route", "--network", "sample", "--from", "6", "--to", "17", "--pareto"])
        #expect(pareto.status == 64 && pareto.stderr.hasPrefix("error: --pareto applies to corridor networks, not to graph 'sample'."))
    }

    @Test func alternativesOnTheBundledNetwork() throws {
        let sandbox = try Sandbox()
        let json = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--alternatives", "3", "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let routes = try #require(object["routes"] as? [[String: Any]])
        #expect((1 ... 3).contains(routes.count))
        let differences = routes.compactMap { $0["difference"] as? [String: Int] }
        #expect(differences.first == ["distanceMetres": 0, "timeMinutes": 0, "costCents": 0, "co2Grams": 0])
        #expect(differences.map { $0["costCents"]! } == differences.map { $0["costCents"]! }.sorted(), "cheapest first")

        let csv = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--alternatives", "3", "--max-detour", "1.2",
                                   "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        let lines = csv.stdout.split(separator: "\n")
        let header = "rank,corridor,distance_m,time_min,cost_cents,co2_g,border_crossings,delta_distance_m,delta_time_min,delta_cost_cents,delta_co2_g,countries,links"
        #expect(lines.first.map(String.init) == header)
        let links = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).last! }
        #expect(Set(links).count == links.count, "the routes differ in their links")

        let single = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--max-detour", "1.05", "--format", "tsv"])
        #expect(single.status == 0 || single.status == 2, "\(single)")
        let tooShort = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--max-detour", "0.5"])
        #expect(tooShort.status == 64)
        #expect(tooShort.stderr.hasPrefix("Error: --max-detour must be a factor of at least 1"))
    }

    @Test func paretoOnTheBundledNetwork() throws {
        let sandbox = try Sandbox()
        let svgPath = sandbox.folder.appendingPathComponent("frontier.svg").path
        let csv = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--pareto", "--format", "csv", "--svg", svgPath])
        #expect(csv.status == 0, "\(csv)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "rank,corridor,label,cost_cents,time_min,co2_g,distance_m,border_crossings,cents_per_day_saved,countries")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(!rows.isEmpty)
        let vectors = rows.map { [Int($0[3])!, Int($0[4])!, Int($0[5])!] }
        for v in vectors {
            #expect(!vectors.contains { w in w != v && zip(w, v).allSatisfy { $0 <= $1 } }, "\(v) is dominated")
        }
        #expect(vectors.map { $0[0] } == vectors.map { $0[0] }.sorted())
        let svg = String(decoding: try #require(sandbox.contents(of: svgPath)), as: UTF8.self)
        #expect(svg.hasPrefix("<svg") && svg.components(separatedBy: "<circle").count - 1 == rows.count)

        let two = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--pareto", "--pareto-objectives", "cost,time",
                                   "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [String: Any])
        #expect(object["criteria"] as? [String] == ["cost", "time"])
        #expect((object["labelsSettled"] as? Int ?? 0) > 0)

        let table = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--pareto"])
        #expect(table.stdout.hasPrefix("Xi'an → Tehran: \(rows.count) route"))
        #expect(table.stdout.contains("labels settled"))

        for (arguments, message) in [(["--pareto", "--alternatives", "2"], "Choose --pareto or --alternatives, not both."),
                                     (["--svg", "x.svg"], "--pareto-objectives and --svg go with --pareto."),
                                     (["--pareto", "--pareto-objectives", "cost"], "--pareto-objectives needs two or three different criteria"),
                                     (["--pareto", "--format", "tsv"], "--pareto prints a table, json or csv, not tsv."),
                                     (["--pareto", "--max-detour", "1.5"], "--max-detour does not apply to --pareto")] {
            let result = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran"] + arguments)
            #expect(result.status == 64 && result.stderr.contains(message), "\(arguments): \(result)")
        }
    }
}
