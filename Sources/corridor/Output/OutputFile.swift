import Foundation

/// Files the tool writes on request (`--output`, `--svg`): never replaced unless asked, always written whole.
///
/// A file is written under a temporary name in its own folder and renamed into place, so a reader never sees half
/// of it and a failure leaves what was there. Failures are one sentence naming the path and the system's reason.
enum OutputFile {
    /// Writes `text` to `path`. An existing file is replaced only when `force` is set; a folder never is.
    /// - Throws: a ``CommandFailure`` naming the path and the reason.
    static func write(_ text: String, to path: String, force: Bool) throws {
        try refuseExisting(path, force: force)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure(.failure, "Cannot write '\(path)': its folder '\(folder)' does not exist.",
                                 hint: "Create the folder first, or choose another path.")
        }
        let temporary = path + ".writing-\(ProcessInfo.processInfo.processIdentifier)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written >= 0 else {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw failure(path, code)
            }
            offset += written
        }
        bytes = []
        guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0, rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
    }

    /// Refuses a path that holds a folder, or a file unless `force` is set.
    static func refuseExisting(_ path: String, force: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            throw CommandFailure(.failure, "Cannot write '\(path)': it is a folder.", hint: "Name a file instead.")
        }
        if !force {
            throw CommandFailure(.failure, "'\(path)' already exists; it was left as it is.",
                                 hint: "Add --force to replace it, or choose another path.")
        }
    }

    /// Prepares `path` as the folder of a CSV export: creates it (with its parents) if needed, and refuses it if it
    /// is a file or already holds any of `files`, unless `force` is set.
    static func prepareFolder(_ path: String, for files: [String], force: Bool) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CommandFailure(.failure, "Cannot write to '\(path)': it is a file, and a CSV export is a folder "
                                     + "of files.", hint: "Name a new or existing folder with --output.")
            }
            let present = files.filter { FileManager.default.fileExists(atPath: path + "/" + $0) }
            if !present.isEmpty && !force {
                throw CommandFailure(.failure, "'\(path)' already holds \(present.joined(separator: ", ")); "
                                     + "nothing was written.", hint: "Add --force to replace them, or choose another folder.")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(.failure, "Cannot create the folder '\(path)'.",
                                 hint: "Check that its parent exists and is writable, or choose another path.")
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        CommandFailure(.failure, "Cannot write '\(path)': \(String(cString: strerror(code))).",
                       hint: "Check that the folder is writable and the disk has room, or choose another path.")
    }
}
