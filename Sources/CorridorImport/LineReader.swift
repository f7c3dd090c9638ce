import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text file, plain or gzip-compressed, in large chunks and hands each line to a closure as raw bytes.
///
/// zlib's `gzread` reads plain files unchanged, so one path serves `.gr` and `.gr.gz`. No `String` is made per line:
/// a line is an `UnsafeBufferPointer<UInt8>` into the chunk, without its `\n` (and `\r`), valid only during the call.
/// Memory: one buffer of `chunkSize` bytes (grown only for a line longer than that, up to ``maximumLineLength``).
/// A gzip stream that ends early is an error (``ImportError/truncated(file:)``), never a shorter file.
/// - Complexity: O(file size).
enum LineReader {
    /// The default chunk: big enough that zlib and the system calls cost little, small enough to stay lean.
    static let defaultChunkSize = 1 << 20
    /// The longest line read, in bytes (16 MiB): a longer one is refused rather than buffered without end (a
    /// binary file or a stream of zeros has no line breaks).
    static let maximumLineLength = 1 << 24

    /// Calls `body(line, lineNumber)` for every line of the file at `path`; line numbers start at 1.
    /// - Throws: ``ImportError/cannotOpen(file:reason:)``, ``ImportError/cannotRead(file:reason:)``,
    ///   ``ImportError/truncated(file:)``, ``ImportError/lineTooLong(file:line:limit:)``, and whatever `body` throws.
    static func forEachLine(
        in path: String, chunkSize: Int = defaultChunkSize,
        _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
    ) throws {
        if let reason = unreadableReason(path) { throw ImportError.cannotOpen(file: path, reason: reason) }
        guard let file = gzopen(path, "rb") else {
            throw ImportError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        defer { gzclose(file) }
        gzbuffer(file, UInt32(min(chunkSize, 1 << 18)))
        var capacity = max(chunkSize, 64)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var carry = 0          // bytes of an unfinished line at the start of `buffer`
        var lineNumber = 0
        while true {
            if carry == capacity {   // one line fills the whole buffer: grow it, up to the limit
                guard capacity < maximumLineLength else {
                    throw ImportError.lineTooLong(file: path, line: lineNumber + 1, limit: maximumLineLength)
                }
                let grown = min(capacity * 2, maximumLineLength)
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                bigger.update(from: buffer, count: carry)
                buffer.deallocate()
                buffer = bigger
                capacity = grown
            }
            let wanted = UInt32(min(capacity - carry, Int(Int32.max)))
            let got = Int(gzread(file, buffer + carry, wanted))
            if got < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "error \(code)"
                throw ImportError.cannotRead(file: path, reason: message)
            }
            if got == 0 {
                // zlib reports a stream that ends early (a cut download) as Z_BUF_ERROR and returns what it
                // had, like a normal end of file: check before the last, possibly cut, line is used.
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "error \(code)"
                if code != Z_OK {
                    throw code == Z_BUF_ERROR ? ImportError.truncated(file: path)
                        : ImportError.cannotRead(file: path, reason: message)
                }
                if carry > 0 {
                    lineNumber += 1
                    try body(trimmed(buffer, count: carry), lineNumber)
                }
                return
            }
            let end = carry + got
            var start = 0
            while start < end {
                guard let newline = memchr(buffer + start, 0x0A, end - start) else { break }
                let stop = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                lineNumber += 1
                try body(trimmed(buffer + start, count: stop - start), lineNumber)
                start = stop + 1
            }
            carry = end - start
            if carry > 0 && start > 0 { (buffer).update(from: buffer + start, count: carry) }
        }
    }

    @inline(__always)
    static func trimmed(_ start: UnsafeMutablePointer<UInt8>, count: Int) -> UnsafeBufferPointer<UInt8> {
        var count = count
        if count > 0 && start[count - 1] == 0x0D { count -= 1 }
        return UnsafeBufferPointer(start: start, count: count)
    }

    /// Why `path` cannot be opened for reading, or `nil` if it can (zlib's own errors are vaguer).
    static func unreadableReason(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) != 0 {
            return errno == ENOENT ? "no such file" : String(cString: strerror(errno))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return "it is a directory, not a file" }
        if access(path, R_OK) != 0 { return String(cString: strerror(errno)) }
        return nil
    }
}
