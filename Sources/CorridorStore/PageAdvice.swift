#if canImport(Glibc)
import Glibc
#endif

/// Advice to the kernel about a large buffer a compiled array is about to be read into.
///
/// A fresh process gets each 4 KiB page of a new array through a page fault that zeroes it and charges it; loading a
/// road graph's arrays (about 50 MB) spends more time there than in SQLite or in the copy itself. On Linux a buffer of
/// 2 MiB or more is therefore marked for transparent huge pages and populated writable in one call, which cut that
/// part by more than half where it was measured (`benchmarks/RESULTS.md`). Both calls are only advice: a kernel
/// without them, or with huge pages turned off, answers with an error that is ignored, and the buffer behaves as
/// before. Elsewhere this does nothing.
enum PageAdvice {
    /// The size from which a buffer is advised: one huge page.
    static let threshold = 2 << 20

    /// Advises the whole pages of `buffer`.
    /// - Complexity: O(1) system calls; the populate call maps (and zeroes) the pages up front.
    static func prepareForFilling(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard buffer.count >= threshold, let base = buffer.baseAddress else { return }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = Int(bitPattern: base) & ~(pageSize - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(pageSize - 1)
        guard end > start, let page = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(page, end - start, MADV_HUGEPAGE)
        _ = madvise(page, end - start, MADV_POPULATE_WRITE)
        #endif
    }
}
