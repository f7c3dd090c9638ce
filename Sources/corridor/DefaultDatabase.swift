import Foundation

/// Where the per-user database lives when no `--db` is given.
///
/// `$CORRIDOR_DB` wins; else `$XDG_DATA_HOME/corridor/corridor.sqlite`; else `~/.local/share/corridor/corridor.sqlite`.
enum DefaultDatabase {
    /// The file name inside the data folder.
    static let fileName = "corridor.sqlite"

    /// The default path for the given environment; O(1), touches no file.
    static func path(environment: [String: String]) -> String {
        if let explicit = environment["CORRIDOR_DB"], !explicit.isEmpty {
            return explicit
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/corridor/" + fileName
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/corridor/" + fileName
    }
}
