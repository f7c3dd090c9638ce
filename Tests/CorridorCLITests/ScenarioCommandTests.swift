import Foundation
import Testing

/// `corridor scenario import|list|show|export|delete` and `corridor network delete`, on the built binary.
@Suite struct ScenarioCommandTests {
    static let closeRailBorder = """
        change,target,id,column,value,note,source
        close,link,rail-khorgos-altynkol,,,"rail border shut, for the test",test fixture

        """

    @Test func theFirstRunStoresTheBundledScenarios() throws {
        let sandbox = try Sandbox()
        let list = try sandbox.run(["scenario", "list"])
        #expect(list.status == 0, "\(list)")
        let names = list.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: " ")[0]) }
        #expect(names == ["caspian-ferry-disruption", "china-kazakhstan-rail-dwell-halved", "cku-railway-open",
                          "iran-closed", "line-d-built"])
        let shown = try sandbox.run(["scenario", "show", "iran-closed"])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Scenario 'iran-closed' on network 'central-asia', from iran-closed.csv, imported "))
        #expect(shown.stdout.contains("line 2  close country IR\n"))
    }

    @Test func importShowExportDelete() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let file = try sandbox.write(Self.closeRailBorder, to: "shut.csv")
        let imported = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "Imported scenario 'shut' on network 'tiny': 1 change.\n")
        let exported = try sandbox.run(["scenario", "export", "shut"])
        #expect(exported.stdout == Self.closeRailBorder)
        let written = try sandbox.run(["scenario", "export", "shut", "--output", "copy.csv"])
        #expect(written.status == 0)
        #expect(sandbox.contents(of: sandbox.folder.appendingPathComponent("copy.csv").path) == Data(Self.closeRailBorder.utf8))
        let again = try sandbox.run(["scenario", "export", "shut", "--output", "copy.csv"])
        #expect(again.status != 0 && again.stderr.contains("copy.csv"))
        let taken = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        #expect(taken.status == 1 && taken.stderr.contains("A scenario named 'shut' already exists"))
        let deleted = try sandbox.run(["scenario", "delete", "shut"])
        #expect(deleted.status == 0 && deleted.stdout == "Deleted scenario 'shut'.\n")
        let gone = try sandbox.run(["scenario", "show", "shut"])
        #expect(gone.status == 66)
    }

    @Test func aScenarioThatDoesNotApplyIsRefusedAndWritesNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let before = try #require(sandbox.contents(of: sandbox.databasePath))
        let typo = try sandbox.write(Self.closeRailBorder.replacingOccurrences(of: "rail-khorgos-altynkol", with: "rail-khorgos-altynkl"),
                                     to: "typo.csv")
        let refused = try sandbox.run(["scenario", "import", typo, "--name", "typo", "--network", "tiny"])
        #expect(refused.status == 65)
        #expect(refused.stderr == """
            error: Cannot apply 'typo.csv', line 2 ('rail-khorgos-altynkl'): the network has no link 'rail-khorgos-altynkl' in links.csv; did you mean 'rail-khorgos-altynkol'?

            """)
        // A road between the two countries without a crossing: the network file's words, at the scenario's line.
        let road = try sandbox.write("""
            change,target,id,column,value,note,source
            add,link,road-urumqi-almaty,,from=urumqi; to=almaty; mode=road; length_km=900; status=operational; confidence=assumption,new road,test

            """, to: "road.csv")
        let invalid = try sandbox.run(["scenario", "import", road, "--network", "tiny"])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.hasPrefix("error: Cannot load 'road.csv', line 2: link 'road-urumqi-almaty' crosses a border between 'urumqi' and 'almaty'"))
        #expect(sandbox.contents(of: sandbox.databasePath) == before)
    }

    @Test func aNetworkWithScenariosIsDeletedOnlyWithThem() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let file = try sandbox.write(Self.closeRailBorder, to: "shut.csv")
        _ = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        let refused = try sandbox.run(["network", "delete", "tiny"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is the base of scenario 'shut'"))
        #expect(refused.stderr.contains("hint: 'corridor network delete NAME --with-scenarios' deletes them too"))
        let replaced = try sandbox.run(["import", "network", try TinyNetwork.write(into: sandbox), "--name", "tiny", "--replace"])
        #expect(replaced.status == 1)
        let kept = try sandbox.run(["import", "network", try TinyNetwork.write(into: sandbox), "--name", "tiny", "--replace",
                                    "--keep-scenarios"])
        #expect(kept.status == 0, "\(kept)")
        let deleted = try sandbox.run(["network", "delete", "tiny", "--with-scenarios"])
        #expect(deleted.status == 0)
        #expect(deleted.stdout == "Deleted network 'tiny' and its scenarios 'shut'.\n")
        let edges = try sandbox.write("id,source,target,cost\n1,1,2,1.5\n", to: "roads.csv")
        _ = try sandbox.run(["import", "edges", edges])
        let graph = try sandbox.run(["network", "delete", "roads"])
        #expect(graph.status == 0 && graph.stdout == "Deleted graph 'roads'.\n")
        let list = try sandbox.run(["network", "list"])
        #expect(!list.stdout.contains("tiny") && !list.stdout.contains("roads"))
    }
}
