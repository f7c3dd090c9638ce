/// A 64-bit checksum of arrays' raw bytes, written beside compiled arrays so that a damaged BLOB is refused on load
/// rather than answering wrongly. Not cryptographic: it guards against corruption, not against forgery.
///
/// The bytes are read as little-endian 64-bit words spread over four lanes; each lane is updated by
/// `lane = (lane ^ word) &* k` with an odd `k`, a bijection of the lane for a fixed word, so changing any one word
/// (any flipped byte) always changes that lane and therefore the result. Array lengths are mixed in, so moving a
/// boundary between two arrays changes it too.
/// - Complexity: O(bytes), about one multiplication per 8 bytes, four independent chains.
struct BlobChecksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344,
                                                            0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Mixes in the bytes of `array` and its length.
    mutating func add<T: BitwiseCopyable>(_ array: [T]) {
        array.withUnsafeBytes { bytes in
            let k = Self.multiplier
            var (a, b, c, d) = lanes
            let words = bytes.count / 8
            var i = 0
            while i + 4 <= words {
                a = (a ^ bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self).littleEndian) &* k
                b = (b ^ bytes.loadUnaligned(fromByteOffset: 8 * i + 8, as: UInt64.self).littleEndian) &* k
                c = (c ^ bytes.loadUnaligned(fromByteOffset: 8 * i + 16, as: UInt64.self).littleEndian) &* k
                d = (d ^ bytes.loadUnaligned(fromByteOffset: 8 * i + 24, as: UInt64.self).littleEndian) &* k
                i += 4
            }
            while i < words {
                a = (a ^ bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self).littleEndian) &* k
                i += 1
            }
            var tail: UInt64 = 0
            for j in 8 * words ..< bytes.count { tail |= UInt64(bytes[j]) << (8 * UInt64(j - 8 * words)) }
            b = (b ^ tail) &* k
            c = (c ^ UInt64(bytes.count)) &* k
            lanes = (a, b, c, d)
        }
    }

    /// The checksum of everything added so far.
    var value: UInt64 {
        let (a, b, c, d) = lanes
        return a ^ (b << 16 | b >> 48) ^ (c << 32 | c >> 32) ^ (d << 48 | d >> 16)
    }
}
