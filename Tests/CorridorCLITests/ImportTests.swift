import Foundation
import Testing

/// `corridor import …` followed by the commands that read what was imported.
@Suite struct ImportTests {
    /// A pgRouting edge list: 101 and 103 one-way, 102 both ways; decimal costs.
    ///
    /// ```
    /// 1 ─101 (1.5)→ 2 ─102 (2.25)─ 3 ─104 (0.125)→ 4
    /// └──────────103 (5)──────────→┘
    /// ```
    static let edges = """
        id,source,target,cost,reverse_cost
        101,1,2,1.5,-1
        102,2,3,2.25,2.25
        103,1,3,5,-1
        104,3,4,0.125,-1

        """

    @Test func edgeListThenRouteReportsInputEdgeIDs() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(Self.edges, to: "roads.csv")
        let imported = try sandbox.run(["import", "edges", file])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "Imported graph 'roads' from roads.csv: 4 nodes, 5 arcs.\n")

        for algorithm in ["dijkstra", "bidirectional"] {
            let route = try sandbox.run(["route", "--network", "roads", "--from", "1", "--to", "4",
                                         "--algorithm", algorithm])
            #expect(route.status == 0, "\(route)")
            #expect(route.stdout == """
                Route on graph 'roads' from node 1 to node 4 (\(algorithm)):
                  cost   3.875
                  edges  3
                  nodes  1 2 3 4
                  edge ids  101 102 104

                """)
        }
        let json = try sandbox.run(["route", "--network", "roads", "--from", "3", "--to", "2", "--format", "json"])
        #expect(json.stdout == """
            {
              "graph": "roads",
              "algorithm": "dijkstra",
              "from": 3,
              "to": 2,
              "cost": 2.250,
              "nodes": [3, 2],
              "edges": [102]
            }

            """)

        let none = try sandbox.run(["route", "--network", "roads", "--from", "4", "--to", "1"])
        #expect(none.status == 2)
        #expect(none.stderr.hasPrefix("error: No route from node 4 to node 1 in graph 'roads'.\n"))

        let missingNode = try sandbox.run(["route", "--network", "roads", "--from", "1", "--to", "9"])
        #expect(missingNode.status == 65)
        #expect(missingNode.stderr == """
            error: Graph 'roads' has no node '9'.
            hint: Nodes are named by the ids of the imported file (here 1…4).

            """)

        let misspelt = try sandbox.run(["route", "--network", "raods", "--from", "1", "--to", "4"])
        #expect(misspelt.status == 66, "\(misspelt)")
        #expect(misspelt.stderr.hasPrefix("error: No network or graph named 'raods' in "), "\(misspelt)")
        #expect(misspelt.stderr.contains("Did you mean 'roads'?"), "\(misspelt)")

        let pairs = try sandbox.run(["route", "--network", "roads", "--pairs", "-"], stdin: "1 4\n4 1\n2 3\n")
        #expect(pairs.stdout == "from\tto\tcost\tedges\n1\t4\t3.875\t3\n4\t1\t\t\n2\t3\t2.250\t1\n")

        let undirected = try sandbox.run(["import", "edges", file, "--name", "roads", "--undirected"])
        #expect(undirected.status == 1)
        #expect(undirected.stderr.hasSuffix("hint: Add --replace to replace it, or choose another --name.\n"))
        let replaced = try sandbox.run(["import", "edges", file, "--name", "roads", "--undirected", "--replace"])
        #expect(replaced.status == 0, "\(replaced)")
        let back = try sandbox.run(["route", "--network", "roads", "--from", "4", "--to", "1", "--format", "tsv"])
        #expect(back.stdout == "from\tto\tcost\tedges\tnodes\tedge_ids\n4\t1\t3.875\t3\t4,3,2,1\t104,102,101\n")
    }

    @Test func malformedEdgeListIsBadDataAndLeavesTheDatabaseUnchanged() throws {
        let sandbox = try Sandbox()
        let good = try sandbox.write(Self.edges, to: "roads.csv")
        #expect(try sandbox.run(["import", "edges", good]).status == 0)
        let before = try #require(sandbox.contents(of: sandbox.databasePath))

        let bad = try sandbox.write(Self.edges.replacingOccurrences(of: "103,1,3,5,-1", with: "103,1,3,five,-1"),
                                    to: "bad.csv")
        let result = try sandbox.run(["import", "edges", bad, "--name", "bad"])
        #expect(result.status == 65, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error: Cannot import '\(bad)', line 4, column 9"))
        #expect(result.stderr.contains("'five'"))
        #expect(sandbox.contents(of: sandbox.databasePath) == before)
        #expect(try sandbox.run(["network", "list"]).stdout.contains("bad") == false)
    }

    @Test func malformedNetworkFolderNamesFileAndLine() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(["network", "list"]).status == 0)
        let before = try #require(sandbox.contents(of: sandbox.databasePath))
        let folder = try TinyNetwork.write(into: sandbox, folder: "broken", replacing: [
            "links.csv": ("rail-altynkol-almaty,altynkol,almaty", "rail-altynkol-almaty,altynkol,almatty"),
        ])
        let result = try sandbox.run(["import", "network", folder])
        #expect(result.status == 65, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: Cannot load 'links.csv', line 4: link 'rail-altynkol-almaty' ends at unknown place 'almatty'. Did you mean 'almaty'?

            """)
        #expect(sandbox.contents(of: sandbox.databasePath) == before)
    }

    /// An empty file of a network folder is named as empty; the message offers no tip about quotes.
    @Test func emptyNetworkFileSaysItIsEmpty() throws {
        let sandbox = try Sandbox()
        let folder = try TinyNetwork.write(into: sandbox, folder: "hollow", replacing: [:])
        try Data().write(to: URL(fileURLWithPath: folder).appendingPathComponent("places.csv"))
        let result = try sandbox.run(["import", "network", folder])
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr == """
            error: Cannot load 'places.csv': the file is empty. Its first line must name the columns, then one row follows per line.

            """)
    }

    @Test func missingInputFilesExit66() throws {
        let sandbox = try Sandbox()
        let edges = try sandbox.run(["import", "edges", "no-such.csv"])
        #expect(edges.status == 66)
        #expect(edges.stderr.contains("error: Cannot import 'no-such.csv'"))
        let network = try sandbox.run(["import", "network", "no-such-folder"])
        #expect(network.status == 66)
        let database = try sandbox.run(["route", "--db", "missing.sqlite", "--from", "a", "--to", "b"])
        #expect(database.status == 66)
        #expect(database.stderr.contains("hint: Leave out --db"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("missing.sqlite").path))
    }

    @Test func dimacsWithCoordinatesRoutesWithAStar() throws {
        let sandbox = try Sandbox()
        let graph = try sandbox.write("c tiny\np sp 4 5\na 1 2 10\na 2 3 10\na 1 3 25\na 3 4 5\na 4 1 7\n", to: "tiny.gr")
        let coordinates = try sandbox.write("""
            p aux sp co 4
            v 1 -74000000 40700000
            v 2 -73999900 40700000
            v 3 -73999800 40700000
            v 4 -73999700 40700000

            """, to: "tiny.co")
        let imported = try sandbox.run(["import", "dimacs", graph, "--coordinates", coordinates, "--name", "t"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "Imported graph 't' from tiny.gr: 4 nodes, 5 arcs, with coordinates.\n")
        for algorithm in ["dijkstra", "bidirectional", "astar"] {
            let route = try sandbox.run(["route", "--network", "t", "--from", "1", "--to", "4", "--algorithm", algorithm,
                                         "--format", "tsv"])
            #expect(route.status == 0, "\(route)")
            #expect(route.stdout == "from\tto\tcost\tedges\tnodes\tedge_ids\n1\t4\t25\t3\t1,2,3,4\t1,2,4\n", "\(algorithm)")
        }
        let shown = try sandbox.run(["network", "show", "t"])
        #expect(shown.stdout.contains("coordinates  yes (A* available)"))

        let plain = try sandbox.write("p sp 2 1\na 1 2 3\n", to: "plain.gr")
        #expect(try sandbox.run(["import", "dimacs", plain]).status == 0)
        let noBound = try sandbox.run(["route", "--network", "plain", "--from", "1", "--to", "2", "--algorithm", "astar"])
        #expect(noBound.status == 65)
        #expect(noBound.stderr == """
            error: A* needs coordinates for every node of graph 'plain'.
            hint: Import it again with --coordinates FILE.co, or use --algorithm dijkstra.

            """)
    }
}
