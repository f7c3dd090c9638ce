import Foundation

/// Where a harness writes each input, since the readers read files: one folder per process, in memory when the
/// system offers `/dev/shm`, reused for every input.
public enum ScratchFiles {
    /// The process's scratch folder, created on first use.
    public static let folder: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        let url = base.appendingPathComponent("corridor-fuzz-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Writes `bytes` as `name` in the scratch folder and returns its path.
    public static func write(_ bytes: some Collection<UInt8>, as name: String) -> String {
        let url = folder.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    /// The input split at the record separator byte (0x1E) into at most `limit` parts; the last part keeps any
    /// further separators.
    public static func parts(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [ArraySlice<UInt8>] {
        let all = Array(bytes)
        return all.split(separator: 0x1E, maxSplits: limit - 1, omittingEmptySubsequences: false)
    }
}
