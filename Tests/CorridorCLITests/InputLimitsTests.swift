import CorridorTestSupport
import Foundation
import Testing

/// The reproducers of wrong answers and crashes at the limits of the inputs: each now gives the right answer or
/// one clear sentence with its exit status.
@Suite struct InputLimitsTests {
    /// Two edges of 2,500,000.001 and 2,500,000 sum beyond the 32-bit weights at three decimals: once "no route".
    @Test func pathBeyondThe32BitSumsIsAnErrorNotNoRoute() throws {
        let sandbox = try Sandbox()
        let files = [("c.csv", "id,source,target,cost\n1,1,2,2500000.001\n2,2,3,2500000\n", "4294967.294"),
                     ("d.csv", "id,source,target,cost\n1,1,2,3000000000\n2,2,3,3000000000\n", "4294967294")]
        for (name, text, limit) in files {
            let file = try sandbox.write(text, to: name)
            let imported = try sandbox.run(["import", "edges", file])
            #expect(imported.status == 0, "\(imported)")
            let graph = String(name.dropLast(4))
            for algorithm in ["dijkstra", "bidirectional"] {
                let route = try sandbox.run(["route", "--network", graph, "--from", "1", "--to", "3", "--algorithm", algorithm])
                #expect(route.status == 65, "\(route)")
                #expect(route.stderr == "error: The route from node 1 to node 3 in graph '\(graph)' costs more than the router's 32-bit sums can hold (\(limit) in the graph's units).\n"
                    + "hint: Import the graph again with its costs in a larger unit (for example divided by 1000).\n")
            }
            // The matrix's many-to-many query tells the two cases apart the same way.
            for format in ["csv", "json"] {
                let matrix = try sandbox.run(["matrix", "--network", graph, "--from", "1", "--to", "2,3", "--format", format])
                #expect(matrix.status == 65, "\(matrix)")
                #expect(matrix.stdout == "")
                #expect(matrix.stderr == "error: The route from node 1 to node 3 in graph '\(graph)' costs more than the router's 32-bit sums can hold (\(limit) in the graph's units).\n"
                    + "hint: Import the graph again with its costs in a larger unit (for example divided by 1000).\n")
            }
            let unreachableCell = try sandbox.run(["matrix", "--network", graph, "--from", "3,2", "--to", "1,3"])
            #expect(unreachableCell.status == 0, "\(unreachableCell)")
            let cells = unreachableCell.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            #expect(cells.map(\.count) == [3, 3, 3] && cells[1][1] == "" && cells[2][1] == "",
                    "a node nothing leads to is still an empty cell: \(unreachableCell)")
            let reachable = try sandbox.run(["route", "--network", graph, "--from", "1", "--to", "2"])
            #expect(reachable.status == 0, "\(reachable)")
            let backwards = try sandbox.run(["route", "--network", graph, "--from", "3", "--to", "1"])
            #expect(backwards.status == 2, "a node nothing leads to is still no route: \(backwards)")
        }
    }

    /// A value of time or carbon price above the largest accepted is refused as too large, however it is written,
    /// and the message names the largest; the largest itself, at the largest quantity, is priced.
    @Test func hugeAmountsAreTooLargeNotMalformed() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let route = ["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty", "--objective", "generalized"]
        for (option, value) in [("--carbon-price", "1e308"), ("--value-of-time", "1e308"),
                                ("--carbon-price", "10000000000000000000"), ("--value-of-time", "1000000.01")] {
            let result = try sandbox.run(route + [option, value])
            #expect(result.status == 64, "\(option) \(value): \(result)")
            #expect(result.stderr.contains("'\(value)' is above the largest amount accepted; write 1000000 US dollars or less."), "\(result.stderr)")
            #expect(!result.stderr.contains("not an amount"))
        }
        let largest = try sandbox.run(route + ["--value-of-time", "1000000", "--carbon-price", "1000000", "--quantity", "1000000"])
        #expect(largest.status == 0, "\(largest)")
        let word = try sandbox.run(route + ["--carbon-price", "1e3x"])
        #expect(word.status == 64 && word.stderr.contains("'1e3x' is not an amount of US dollars"), "\(word)")
    }

    @Test func fourDecimalsPickTheTrulyShortestPath() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write("id,source,target,cost\n1,1,2,0.0014\n2,1,3,0.0006\n3,3,2,0.0006\n", to: "fine.csv")
        #expect(try sandbox.run(["import", "edges", file]).status == 0)
        let route = try sandbox.run(["route", "--network", "fine", "--from", "1", "--to", "2"])
        #expect(route.stdout == """
            Route on graph 'fine' from node 1 to node 2 (dijkstra):
              cost   0.0012
              edges  2
              nodes  1 3 2
              edge ids  2 3

            """, "\(route)")
    }

    @Test func networkOptionsOnAGraphAreRefusedByName() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(ImportTests.edges, to: "roads.csv")
        #expect(try sandbox.run(["import", "edges", file]).status == 0)
        for (arguments, option) in [(["--avoid", "2"], "--avoid"), (["--objective", "time"], "--objective"),
                                    (["--quantity", "5"], "--quantity"), (["--avoid-country", "KZ"], "--avoid-country"),
                                    (["--modes", "rail"], "--modes")] {
            let result = try sandbox.run(["route", "--network", "roads", "--from", "1", "--to", "4"] + arguments)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr == "error: \(option) applies to corridor networks, not to graph 'roads', which is routed by its own costs.\nhint: Leave \(option) out.\n")
        }
        let algorithm = try sandbox.run(["route", "--from", "xian", "--to", "tehran", "--algorithm", "astar"])
        #expect(algorithm.status == 64, "\(algorithm)")
        #expect(algorithm.stderr.hasPrefix("error: --algorithm applies to imported graphs, not to network 'central-asia'"))
    }

    @Test func aGraphCannotTakeANetworksName() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(ImportTests.edges, to: "roads.csv")
        for extra in [[], ["--replace"]] {
            let result = try sandbox.run(["import", "edges", file, "--name", "central-asia"] + extra)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasSuffix("error: Cannot import the graph as 'central-asia': a network of that name is stored in '\(sandbox.databasePath)', and graphs and networks share their names. Choose another name.\nhint: Choose another --name.\n"), "\(result)")
        }
        #expect(try sandbox.run(["route", "--from", "xian", "--to", "tehran"]).status == 0)
        #expect(try sandbox.run(["import", "edges", file, "--name", "tiny"]).status == 0)
        let folder = try TinyNetwork.write(into: sandbox)
        let network = try sandbox.run(["import", "network", folder, "--name", "tiny"])
        #expect(network.status == 1)
        #expect(network.stderr.hasPrefix("error: Cannot import the network as 'tiny': a graph of that name is stored"))
    }

    @Test func quantitiesFindRoutesOrAreRefusedWithASentence() throws {
        let sandbox = try Sandbox()
        let large = try sandbox.run(["route", "--from", "xian", "--to", "tehran", "--objective", "co2", "--quantity", "1127"])
        #expect(large.status == 0, "\(large)")
        #expect(large.stdout.hasPrefix("Xi'an → Tehran: lowest-CO2e route for 1,127 FEU") || large.stdout.contains("1127"), "\(large.stdout.prefix(80))")
        let huge = try sandbox.run(["route", "--from", "xian", "--to", "tehran", "--quantity", "6940398"])
        #expect(huge.status == 64, "\(huge)")
        #expect(huge.stderr.hasSuffix("error: Cannot plan this request: the quantity 6940398 is above the 1000000 containers one request can price; split the shipment.\n"), "\(huge)")
        let matrix = try sandbox.run(["matrix", "--from", "xian,almaty", "--to", "baku,tehran", "--objective", "co2", "--quantity", "1000"])
        #expect(matrix.status == 0, "\(matrix)")
        #expect(!matrix.stdout.contains(",,") && !matrix.stdout.contains(",\n"), "\(matrix.stdout)")
    }

    @Test func unknownCountryToAvoidIsRefused() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["route", "--from", "xian", "--to", "tehran", "--avoid-country", "ZZ"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("Error: 'ZZ' is not a country code, so --avoid-country ZZ would avoid nothing.\n"), "\(result)")
        let elsewhere = try sandbox.run(["route", "--from", "xian", "--to", "tehran", "--avoid-country", "AF,kz"])
        #expect(elsewhere.status == 0, "a real country, even one the network does not reach, may be avoided: \(elsewhere)")
    }

    @Test func badNamesAreRefused() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(ImportTests.edges, to: "roads.csv")
        let cases: [(String, String)] = [
            ("", "Error: --name must not be empty or blank."),
            ("   ", "Error: --name must not be empty or blank."),
            ("two\nlines", "Error: --name 'two\\u{A}lines' holds a control character or a line break; use letters, digits and dashes."),
            (String(repeating: "x", count: 10_000), "Error: --name is 10000 characters long; names have at most 100."),
            (" padded", "Error: --name ' padded' starts or ends with a blank; remove it."),
        ]
        for (name, message) in cases {
            let result = try sandbox.run(["import", "edges", file, "--name", name])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix(message), "\(result)")
        }
        let list = try sandbox.run(["network", "list"])
        #expect(list.stdout.split(separator: "\n").count == 2, "only central-asia: \(list)")
    }

    /// One bad line among good ones stops the run before any output, naming the line.
    @Test func badPairsLineIsReportedBeforeAnyOutput() throws {
        let sandbox = try Sandbox()
        let pairs = try sandbox.write("xian tehran\nalmaty baku\nalmaty nowhere\nxian baku\n", to: "pairs.txt")
        let result = try sandbox.run(["route", "--pairs", pairs])
        #expect(result.status == 65, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error: In '\(pairs)', line 3: Unknown place 'nowhere'."), "\(result)")
        #expect(result.stderr.contains("Nothing was routed."))
        let malformed = try sandbox.write("xian tehran\nalmaty\n", to: "short.txt")
        let short = try sandbox.run(["route", "--pairs", malformed])
        #expect(short.status == 65 && short.stdout == "", "\(short)")
    }

    /// Bytes such as ESC from an input file are shown escaped, never sent to the terminal.
    @Test func controlBytesInInputAreEscapedInMessages() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write("id,source,target,cost\n1,1,\u{1B}[2J\u{7},3\n", to: "evil.csv")
        let result = try sandbox.run(["import", "edges", file])
        #expect(result.status == 65)
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{7}"), "\(result)")
        #expect(result.stderr.contains("the target '\\u{1B}[2J\\u{7}' is not a whole number"), "\(result)")
    }

    @Test func headerOnlyEdgeListIsRefused() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write("id,source,target,cost\n", to: "empty.csv")
        let result = try sandbox.run(["import", "edges", file])
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.hasSuffix("error: Cannot import '\(file)': it has the header 'id,source,target,cost' but no edges. Add one line per edge, or check that the right file was given.\n"))
    }

    @Test func hugeDIMACSProblemLinesCostWhatTheFileHolds() throws {
        let sandbox = try Sandbox()
        for count in ["4000000000", "10000000"] {
            let file = try sandbox.write("p sp \(count) 1\na 1 2 5\n", to: "h\(count).gr")
            let result = try sandbox.run(["import", "dimacs", file, "--db", "t.sqlite"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "Imported graph 'h\(count)' from h\(count).gr: 2 nodes, 1 arcs.\n")
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: sandbox.folder.appendingPathComponent("t.sqlite").path)[.size] as? Int)
        #expect(size < 1_000_000, "\(size) bytes")
        let route = try sandbox.run(["route", "--db", "t.sqlite", "--network", "h10000000", "--from", "1", "--to", "2"])
        #expect(route.status == 0 && route.stdout.contains("cost   5"), "\(route)")
    }

    @Test func benchSizesAreCheckedBeforeAllocating() throws {
        let sandbox = try Sandbox()
        let queries = try sandbox.run(["bench", "--generate", "grid:10x10", "--queries", "1000000000000"])
        #expect(queries.status == 64, "\(queries)")
        #expect(queries.stderr.contains("--queries must be between 1 and 10000000, not 1000000000000."))
        for spec in ["grid:100000x100000", "grid:9999999999x9999999999", "random:100,1000000000"] {
            let result = try sandbox.run(["bench", "--generate", spec])
            #expect(result.status == 65 || result.status == 1, "\(result)")
            #expect(result.stderr.contains("error: Cannot generate '\(spec)': it is larger than the 10000000 nodes and 100000000 arcs"), "\(result)")
        }
    }

    /// A database in a folder its reader cannot write (and a read-only file): the reader is a plain user here,
    /// since root may write anywhere.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run the reader as another user"))
    func readOnlyFolderAndFileCanBeRead() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.folder.appendingPathComponent("shared")
        let file = try sandbox.write(ImportTests.edges, to: "shared/roads.csv")
        let database = folder.appendingPathComponent("c.sqlite").path
        #expect(try sandbox.run(["import", "edges", file, "--db", database]).status == 0)
        chmod(sandbox.folder.path, 0o755)
        chmod(database, 0o444)
        for folderMode in [0o555, 0o755] as [mode_t] {
            chmod(folder.path, folderMode)
            defer { chmod(folder.path, 0o755) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", sandbox.runner.executable.path,
                                 "route", "--db", database, "--network", "roads", "--from", "1", "--to", "4"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "folder mode \(String(folderMode, radix: 8)): \(text)")
            #expect(text.contains("cost   3.875"), "\(text)")
        }
    }
}

/// Inputs without end: a device or a stream of zeros given where a file is expected.
@Suite struct EndlessInputTests {
    @Test func pairsFileWithoutEndIsRefused() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["route", "--pairs", "/dev/zero"])
        #expect(result.status == 65, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasSuffix("error: Cannot read '/dev/zero': it is larger than the 256 MiB a pairs file may have.\nhint: Split the pairs into several files.\n"), "\(result)")
    }

    @Test func networkFileThatIsADeviceIsRefused() throws {
        let sandbox = try Sandbox()
        let folder = try TinyNetwork.write(into: sandbox)
        let places = folder + "/places.csv"
        try FileManager.default.removeItem(atPath: places)
        try FileManager.default.createSymbolicLink(atPath: places, withDestinationPath: "/dev/zero")
        let result = try sandbox.run(["network", "validate", "--folder", folder])
        #expect(result.status == 66 || result.status == 65, "\(result)")
        #expect(result.stderr.contains("places.csv") && result.stderr.contains("it is not a regular file"), "\(result)")
    }
}
