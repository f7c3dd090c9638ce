import CorridorTestSupport
import Foundation
import Testing

/// What the tool writes: files are replaced only with --force, failures are sentences, and a full disk is an
/// error rather than a crash.
@Suite struct OutputSafetyTests {
    @Test func exportNeverOverwritesAFileWithoutForce() throws {
        let sandbox = try Sandbox()
        let precious = try sandbox.write("keep me\n", to: "precious.txt")
        let refused = try sandbox.run(["network", "export", "central-asia", "--output", precious])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr == "error: '\(precious)' already exists; it was left as it is.\n"
            + "hint: Add --force to replace it, or choose another path.\n")
        #expect(sandbox.contents(of: precious) == Data("keep me\n".utf8))

        let forced = try sandbox.run(["network", "export", "central-asia", "--output", precious, "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(String(decoding: sandbox.contents(of: precious) ?? Data(), as: UTF8.self).hasPrefix("{"))
    }

    @Test(arguments: [
        ["bench", "--generate", "grid:4x4", "--queries", "10", "--svg"],
        ["route", "--from", "Xi'an", "--to", "Tehran", "--pareto", "--svg"],
    ])
    func svgChartsNeverOverwriteAFileWithoutForce(command: [String]) throws {
        let sandbox = try Sandbox()
        let precious = try sandbox.write("keep me\n", to: "chart.svg")
        let refused = try sandbox.run(command + [precious])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr == "error: '\(precious)' already exists; it was left as it is.\n"
            + "hint: Add --force to replace it, or choose another path.\n")
        #expect(sandbox.contents(of: precious) == Data("keep me\n".utf8))

        let forced = try sandbox.run(command + [precious, "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(String(decoding: sandbox.contents(of: precious) ?? Data(), as: UTF8.self).contains("<svg"))
    }

    @Test func csvExportNeverOverwritesAFolderWithoutForce() throws {
        let sandbox = try Sandbox()
        let places = try sandbox.write("mine\n", to: "existing/places.csv")
        let folder = sandbox.folder.appendingPathComponent("existing").path
        let refused = try sandbox.run(["network", "export", "central-asia", "--format", "csv", "--output", folder])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.hasPrefix("error: '\(folder)' already holds places.csv; nothing was written.\n"))
        #expect(sandbox.contents(of: places) == Data("mine\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder + "/links.csv"))

        let forced = try sandbox.run(["network", "export", "central-asia", "--format", "csv", "--output", folder, "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(sandbox.contents(of: places) != Data("mine\n".utf8))
    }

    @Test func exportFailuresAreSentences() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write("x", to: "a-file")
        let cases: [([String], String)] = [
            (["--format", "csv", "--output", file], "error: Cannot write to '\(file)': it is a file, and a CSV export is a folder of files.\n"),
            (["--output", sandbox.folder.path], "error: Cannot write '\(sandbox.folder.path)': it is a folder.\n"),
            (["--output", "/nonexistent/folder/out.geojson"], "error: Cannot write '/nonexistent/folder/out.geojson': its folder '/nonexistent/folder' does not exist.\n"),
        ]
        for (arguments, message) in cases {
            let result = try sandbox.run(["network", "export", "central-asia"] + arguments)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasSuffix(message) || result.stderr.contains(message + "hint:"), "\(result)")
            #expect(!result.stderr.contains("Error Domain"), "\(result)")
        }
    }

    /// `corridor route … > /dev/full` and `network export … > /dev/full`: a sentence and status 1, no trap.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
    func fullDiskIsASentenceAndStatusOne() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.run(["network", "list"])   // create the per-user database first
        for arguments in [["route", "--from", "xian", "--to", "tehran"], ["network", "export", "central-asia"]] {
            let process = Process()
            process.executableURL = sandbox.runner.executable
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["CORRIDOR_DB": sandbox.databasePath]) { $1 }
            let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
            let errors = sandbox.folder.appendingPathComponent("stderr")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let errorHandle = try FileHandle(forWritingTo: errors)
            process.standardOutput = full
            process.standardError = errorHandle
            try process.run()
            process.waitUntilExit()
            try errorHandle.close()
            #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(arguments)")
            let message = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
            #expect(message == "error: Cannot write the results to standard output: No space left on device.\n"
                + "hint: Check the disk space and the file or pipe the output goes to.\n", "\(arguments)")
        }
    }
}
