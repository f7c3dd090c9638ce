#if canImport(Glibc)
import Glibc
#endif

/// Advice to the kernel about a large buffer a compiled array is about to be read into.
///
/// A fresh process gets each 4 KiB page of a new array through a page fault that zeroes it and charges it; loading a
/// road graph's arrays (about 50 MB) spends more time there than in SQLite or in the copy itself. On Linux a buffer of
/// 2 MiB or more is therefore marked for transparent huge pages and populated writable in one call, which cut that
/// part by more than half where it was measured (`benchmarks/RESULTS.md`). The advice is given where a buffer is
/// allocated, the pages populated where it is filled (on whichever thread reads it). Both calls are only advice: a kernel
/// without them, or with huge pages turned off, answers with an error that is ignored, and the buffer behaves as
/// before. Elsewhere this does nothing.
enum PageAdvice {
    /// The size from which a buffer is advised: one huge page.
    static let threshold = 2 << 20

    /// Marks the whole pages of `buffer` for huge pages. Call it where the buffer is allocated: changing a mapping's
    /// advice can split it, which waits for every other thread's page faults.
    /// - Complexity: O(1) system calls.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        if let (page, length) = wholePages(buffer) { _ = madvise(page, length, MADV_HUGEPAGE) }
        #endif
    }

    /// Maps (and zeroes) the whole pages of `buffer` up front, writable, in one call rather than a fault per page.
    /// - Complexity: O(1) system calls, O(size) work in the kernel.
    static func populate(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        if let (page, length) = wholePages(buffer) { _ = madvise(page, length, MADV_POPULATE_WRITE) }
        #endif
    }

    /// The whole pages `buffer` covers, if it is large enough to be advised.
    private static func wholePages(_ buffer: UnsafeMutableRawBufferPointer) -> (UnsafeMutableRawPointer, Int)? {
        guard buffer.count >= threshold, let base = buffer.baseAddress else { return nil }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = Int(bitPattern: base) & ~(pageSize - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(pageSize - 1)
        guard end > start, let page = UnsafeMutableRawPointer(bitPattern: start) else { return nil }
        return (page, end - start)
    }
}
