import CorridorTestSupport
import Foundation
import Testing

/// The per-user database's first run: safe when several processes start at once, and tidy after a killed one.
@Suite struct FirstRunTests {
    static let edges = "id,source,target,cost\n1,1,2,1.5\n2,2,3,2\n"

    /// Six imports start at once on a fresh per-user database: all six exit 0 and all six graphs are stored
    /// (a first run once renamed its new file over one that another process had already written).
    @Test func concurrentFirstRunsKeepEveryImport() throws {
        for trial in 0 ..< 2 {
            let sandbox = try Sandbox()
            let file = try sandbox.write(Self.edges, to: "roads.csv")
            var processes: [Process] = []
            for i in 0 ..< 6 {   // all six start before any is waited for
                let process = Process()
                process.executableURL = sandbox.runner.executable
                process.arguments = ["import", "edges", file, "--name", "r\(i)"]
                process.environment = ProcessInfo.processInfo.environment.merging(["CORRIDOR_DB": sandbox.databasePath]) { $1 }
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                processes.append(process)
            }
            for (i, process) in processes.enumerated() {
                process.waitUntilExit()
                #expect(process.terminationReason == .exit && process.terminationStatus == 0, "trial \(trial), import \(i)")
            }
            let list = try sandbox.run(["network", "list"])
            let names = list.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first }.map(String.init)
            #expect(names == ["central-asia", "r0", "r1", "r2", "r3", "r4", "r5"], "trial \(trial): \(list)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path).filter { $0.contains(".creating-") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }

    /// A first run killed while building leaves `corridor.sqlite.creating-PID`; the next first run removes it,
    /// but leaves the temporary of a process that still runs (this test's own id stands for one).
    @Test func temporariesOfKilledFirstRunsAreRemoved() throws {
        let sandbox = try Sandbox()
        let dead = try deadProcessID()
        let abandoned = try sandbox.write("half a database", to: "corridor.sqlite.creating-\(dead)")
        try sandbox.write("", to: "corridor.sqlite.creating-\(dead)-wal")
        let alive = try sandbox.write("in progress", to: "corridor.sqlite.creating-\(getpid())")
        let list = try sandbox.run(["network", "list"])
        #expect(list.status == 0, "\(list)")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(!FileManager.default.fileExists(atPath: abandoned + "-wal"))
        #expect(FileManager.default.fileExists(atPath: alive))
    }

    /// The id of a process that has exited: a child that ran `true` and was waited for.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "true"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

