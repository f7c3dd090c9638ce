import Foundation
import Testing

/// The shared data folder that sits beside the package (`<package root>/../shared`), with the DIMACS road graphs
/// and the peers' expected results, or `nil` when a clone does not have it — tests that need it are then reported as
/// skipped, through `.enabled(if: SharedData.has(…))`.
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

    /// Whether every one of `relatives` exists in the shared folder: the condition of a test's
    /// `.enabled(if: SharedData.has(…), SharedData.missing(…))` trait, so that it is reported as skipped without them.
    public static func has(_ relatives: String...) -> Bool {
        relatives.allSatisfy { path($0) != nil }
    }

    /// Why a test is skipped for want of `relatives`.
    public static func missing(_ relatives: String...) -> Comment {
        Comment(rawValue: "needs ../shared/\(relatives.joined(separator: ", ../shared/")) beside the package")
    }

    /// Why the shared data cannot be used as expected.
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case noRow(file: String, graph: String)

        public var description: String {
            switch self {
            case let .missing(relative): return "../shared/\(relative) is not present beside the package"
            case let .noRow(file, graph): return "../shared/\(file) has no row for \(graph)"
            }
        }
    }

    /// The one-to-all checksum from node 1 (sum of finite distances) and the number of nodes reached that
    /// `peers/MEASURED.md` gives for `graph` (e.g. `USA-road-d.NY`): the figures every correct engine reproduces.
    public static func measuredOneToAll(graph: String) throws -> (checksum: UInt64, reached: Int) {
        let file = "peers/MEASURED.md"
        guard let path = path(file) else { throw Failure.missing(file) }
        let row = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").last { $0.hasPrefix("| \(graph) |") }
        let cells = row?.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "") }
        guard let cells, cells.count >= 3, let checksum = UInt64(cells[1]), let reached = Int(cells[2]) else {
            throw Failure.noRow(file: file, graph: graph)
        }
        return (checksum, reached)
    }
}
