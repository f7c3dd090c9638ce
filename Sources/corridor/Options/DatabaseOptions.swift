import ArgumentParser
import Foundation

/// `--db PATH`: which database file a command reads or writes.
///
/// Without `--db` the per-user database is used (see `DefaultDatabase`); it is created, with the bundled network,
/// the first time a command needs it.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $CORRIDOR_DB, else the per-user database).",
            valueName: "path"
        )
    )
    var path: String?

    /// The file this invocation uses, and whether the user named it.
    var location: DatabaseLocation {
        if let path { return DatabaseLocation(path: path, isDefault: false) }
        return DatabaseLocation(path: DefaultDatabase.path(environment: ProcessInfo.processInfo.environment),
                                isDefault: true)
    }
}

/// A database file chosen for one invocation.
struct DatabaseLocation {
    var path: String
    /// True when the path came from `$CORRIDOR_DB` or the per-user default rather than `--db`.
    var isDefault: Bool
}
