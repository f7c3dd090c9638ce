import Foundation

/// Runs the built `corridor` executable as a user would, and captures what it prints.
///
/// The executable is looked up beside the test bundle, in the same build folder, so the runner works with any
/// `--scratch-path` and either build configuration. `CORRIDOR_BINARY` overrides the lookup.
/// Standard output and standard error are captured through temporary files, so a long output can never block the
/// child on a full pipe.
public struct CommandRunner: Sendable {
    /// What one run of the command produced.
    public struct Result: Sendable, CustomStringConvertible {
        /// Everything written to standard output, decoded as UTF-8.
        public var stdout: String
        /// Everything written to standard error, decoded as UTF-8.
        public var stderr: String
        /// The exit status (a signal number is reported as 128 + signal, like a shell does).
        public var status: Int32

        public var description: String {
            "exit status \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
        }
    }

    /// Why a run could not start.
    public enum RunnerError: Error, CustomStringConvertible {
        case executableNotFound(name: String, searched: [String])

        public var description: String {
            switch self {
            case .executableNotFound(let name, let searched):
                return "Cannot find the built '\(name)' executable; looked in: \(searched.joined(separator: ", ")). "
                    + "Run 'swift build' first, or set CORRIDOR_BINARY."
            }
        }
    }

    /// The absolute path of the executable this runner starts.
    public let executable: URL

    /// Runs the program at `executablePath`, such as a browser a test drives.
    public init(executablePath: String) {
        executable = URL(fileURLWithPath: executablePath)
    }

    /// Finds `name` beside the running test bundle.
    /// - Throws: `RunnerError.executableNotFound` if no candidate folder holds an executable file of that name.
    public init(executableName name: String = "corridor") throws {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["CORRIDOR_BINARY"], !override.isEmpty {
            executable = URL(fileURLWithPath: override)
            return
        }
        var folders: [URL] = []
        let argumentZero = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        folders.append(argumentZero.deletingLastPathComponent())
        let bundle = Bundle.main.bundleURL.standardizedFileURL
        folders.append(bundle)
        folders.append(bundle.deletingLastPathComponent())
        // On macOS the test runner sits inside `X.xctest/Contents/MacOS`; the build folder holds the bundle.
        for url in [argumentZero, bundle] {
            var folder = url
            while folder.pathComponents.count > 1 {
                if folder.pathExtension == "xctest" {
                    folders.append(folder.deletingLastPathComponent())
                    break
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                executable = candidate
                return
            }
        }
        throw RunnerError.executableNotFound(name: name, searched: folders.map(\.path))
    }

    /// Runs the executable with `arguments` and waits for it to finish.
    /// - Parameters:
    ///   - arguments: The command-line arguments, without the executable's name.
    ///   - stdin: Text fed to standard input; `nil` gives an empty standard input.
    ///   - environment: Variables added to (or replacing) the current environment. `CORRIDOR_DB` is unset and
    ///     `XDG_DATA_HOME` points into a scratch folder unless given here.
    ///   - directory: The working directory; the current one if `nil`.
    /// - Returns: Captured output and the exit status.
    public func run(
        _ arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("corridor-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputURL = scratch.appendingPathComponent("stdin")
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        try Data((stdin ?? "").utf8).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let input = try FileHandle(forReadingFrom: inputURL)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // Runs never touch the user's own database: unless a test names one, the per-user default lives in the
        // scratch folder and goes with it.
        var inherited = ProcessInfo.processInfo.environment
        inherited["CORRIDOR_DB"] = nil
        inherited["XDG_DATA_HOME"] = scratch.appendingPathComponent("data").path
        process.environment = inherited.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()

        let status = process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return Result(
            stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            status: status
        )
    }
}
