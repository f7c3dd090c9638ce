extension Graph {
    /// Calls `body` with pointers to the forward arrays `firstOut`, `head` and `weight`, valid during the call.
    @inlinable @inline(__always)
    public func withForwardArcs<R>(
        _ body: (UnsafePointer<UInt32>, UnsafePointer<UInt32>, UnsafePointer<Weight>) throws -> R
    ) rethrows -> R {
        try firstOut.withUnsafeBufferPointer { firstOut in
            try head.withUnsafeBufferPointer { head in
                try weight.withUnsafeBufferPointer { weight in
                    try body(firstOut.baseAddress!, Self.base(head), Self.base(weight))
                }
            }
        }
    }

    /// Calls `body` with pointers to the reverse arrays `firstIn`, `tail`, `reverseWeight` and `forwardArc`.
    /// - Precondition: ``hasReverseArcs``.
    @inlinable @inline(__always)
    public func withReverseArcs<R>(
        _ body: (UnsafePointer<UInt32>, UnsafePointer<UInt32>, UnsafePointer<Weight>, UnsafePointer<UInt32>) throws -> R
    ) rethrows -> R {
        precondition(hasReverseArcs, "This graph was read without its reverse arcs, which a backward search needs.")
        return try firstIn.withUnsafeBufferPointer { firstIn in
            try tail.withUnsafeBufferPointer { tail in
                try reverseWeight.withUnsafeBufferPointer { reverseWeight in
                    try forwardArc.withUnsafeBufferPointer { forwardArc in
                        try body(firstIn.baseAddress!, Self.base(tail), Self.base(reverseWeight), Self.base(forwardArc))
                    }
                }
            }
        }
    }

    /// A valid pointer for a buffer that may be empty (never read then).
    @inlinable @inline(__always)
    static func base<T>(_ buffer: UnsafeBufferPointer<T>) -> UnsafePointer<T> {
        buffer.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<T>.alignment)!
    }
}
