import CZlib
import Foundation
import Testing

/// Writes `text` as `name` in a fresh scratch folder (gzip-compressed if asked) and returns its path.
func scratchFile(_ name: String, _ text: String, gzip: Bool = false) throws -> String {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("corridor-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    if gzip {
        let file = try #require(gzopen(path, "wb"))
        let bytes = Array(text.utf8)
        #expect(gzwrite(file, bytes, UInt32(bytes.count)) == Int32(bytes.count))
        gzclose(file)
    } else {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return path
}
