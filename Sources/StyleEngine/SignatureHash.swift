/// A 128-bit hash that names an element signature in a run (see `PageStyles.profiles`): its parent's,
/// its tag and the attributes the page's selectors read. Signatures used to be numbered through a locked
/// run-wide table of string keys, which cost more than the styles it shared; a hash is computed from the
/// parent's without a lock, a string or a sort.
///
/// Used as identity, like the 128-bit fingerprints of incremental compilers: two lanes of bijective
/// multiply-xorshift steps (a change in one input word always changes the hash), and distinct signatures
/// collide with odds near 2⁻¹²⁸: some 10⁻²⁵ for ten million signatures in one run.
struct SignatureHash: Hashable, Sendable {
    var first: UInt64
    var second: UInt64

    static let zero = SignatureHash(first: 0, second: 0)

    /// Order-independent combination (an element's attributes form a set).
    static func &+ (lhs: SignatureHash, rhs: SignatureHash) -> SignatureHash {
        SignatureHash(first: lhs.first &+ rhs.first, second: lhs.second &+ rhs.second)
    }

    /// One lane feeds the dictionary; the two together are the identity.
    func hash(into hasher: inout Hasher) { hasher.combine(first) }
}

struct SignatureHasher {
    private var first: UInt64
    private var second: UInt64

    init(seed: SignatureHash = .zero) {
        first = seed.first ^ 0x243F_6A88_85A3_08D3
        second = seed.second ^ 0x1319_8A2E_0370_7344
    }

    mutating func combine(_ word: UInt64) {
        first = Self.mix(first ^ word, 0x9E37_79B9_7F4A_7C15)
        second = Self.mix(second &+ word &* 0xD6E8_FEB8_6659_FD93, 0xA076_1D64_78BD_642F)
    }

    mutating func combine(_ hash: SignatureHash) {
        combine(hash.first)
        combine(hash.second)
    }

    /// The string's UTF-8 bytes, eight at a time, then its length (so no two strings run together).
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index + 8 <= bytes.count {
                combine(UInt64(littleEndianBytes: bytes, from: index, count: 8))
                index += 8
            }
            if index < bytes.count { combine(UInt64(littleEndianBytes: bytes, from: index, count: bytes.count - index)) }
            combine(UInt64(bytes.count) | 0x8000_0000_0000_0000)
        }
    }

    var value: SignatureHash { SignatureHash(first: Self.mix(first, 0xFF51_AFD7_ED55_8CCD), second: Self.mix(second, 0xC4CE_B9FE_1A85_EC53)) }

    /// A bijection of `x` (odd multipliers, xor-shifts), so a lane never merges two states.
    @inline(__always)
    private static func mix(_ x: UInt64, _ multiplier: UInt64) -> UInt64 {
        var x = (x ^ (x >> 32)) &* multiplier
        x = (x ^ (x >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return x ^ (x >> 32)
    }
}

private extension UInt64 {
    @inline(__always)
    init(littleEndianBytes bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) {
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(bytes[start + offset]) << (8 * offset) }
        self = word
    }
}
