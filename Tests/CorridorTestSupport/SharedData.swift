import Foundation

/// The shared data folder that sits beside the package (`<package root>/../shared`), with the DIMACS road graphs
/// and the peers' expected results, or `nil` when a clone does not have it — tests that need it then skip and say so.
public enum SharedData {
    /// `<package root>/../shared`, found from this file's own path, if it exists.
    public static var root: URL? {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()   // CorridorTestSupport
            .deletingLastPathComponent()   // Tests
            .deletingLastPathComponent()   // package root
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }

    /// The path of `relative` inside the shared folder, if that file exists.
    public static func path(_ relative: String) -> String? {
        guard let url = root?.appendingPathComponent(relative),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url.path
    }

    /// The message a test prints when it skips for want of `relative`.
    public static func missing(_ relative: String) -> String {
        "skipped: ../shared/\(relative) is not present beside the package"
    }
}
