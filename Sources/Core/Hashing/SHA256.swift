/// SHA-256 (FIPS 180-4), for fingerprinting font and data files without a crypto dependency.
/// Whole 64-byte blocks are hashed straight from the caller's bytes; only the last one or two (padded) blocks
/// are copied.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    private static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]

    /// Inputs from this size on are hashed by OpenSSL's libcrypto when it is installed (`LibCryptoSHA256`);
    /// smaller ones never load it.
    static let libCryptoThreshold = 1 << 20

    /// The code that computes a digest: `SHA256`'s own, or libcrypto's for large inputs.
    enum Implementation {
        case swift, libCrypto
    }

    /// The digest of `data` as 64 lowercase hex digits.
    public static func hex(_ data: [UInt8]) -> String {
        data.withUnsafeBytes { hex(bytes: $0) }
    }

    /// The digest of the bytes in `bytes` as 64 lowercase hex digits (no copy of the input).
    public static func hex(bytes: UnsafeRawBufferPointer) -> String {
        hex(
            bytes: bytes,
            using: bytes.count >= libCryptoThreshold && LibCryptoSHA256.shared != nil ? .libCrypto : .swift)
    }

    /// The digest computed by `implementation` (`.libCrypto` falls back to `.swift` when libcrypto is missing).
    static func hex(bytes: UnsafeRawBufferPointer, using implementation: Implementation) -> String {
        let digest: [UInt8]
        if implementation == .libCrypto, let library = LibCryptoSHA256.shared {
            digest = library.digest(bytes)
        } else {
            digest = Self.digest(bytes).flatMap { word in
                (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> UInt32(8 * $0)) }
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xf)]] }, as: UTF8.self)
    }

    /// The eight state words after hashing `bytes` with FIPS 180-4's padding.
    private static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt32] {
        var state = initialState
        let wholeBlocks = bytes.count / 64
        state.withUnsafeMutableBufferPointer { h in
            k.withUnsafeBufferPointer { k in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                    if let base = bytes.baseAddress {
                        for block in 0..<wholeBlocks { compress(base + block * 64, into: h, k: k, w: w) }
                    }
                    // The tail, 0x80, zeros and the length in bits (big-endian) fill one or two more blocks.
                    let tailCount = bytes.count - wholeBlocks * 64
                    var tail = [UInt8](repeating: 0, count: tailCount < 56 ? 64 : 128)
                    for index in 0..<tailCount { tail[index] = bytes[wholeBlocks * 64 + index] }
                    tail[tailCount] = 0x80
                    let bits = UInt64(bytes.count) &* 8
                    for index in 0..<8 {
                        tail[tail.count - 1 - index] = UInt8(truncatingIfNeeded: bits >> UInt64(8 * index))
                    }
                    tail.withUnsafeBytes { padded in
                        guard let base = padded.baseAddress else { return }
                        for block in 0..<padded.count / 64 { compress(base + block * 64, into: h, k: k, w: w) }
                    }
                }
            }
        }
        return state
    }

    /// Hashes one 64-byte block at `block` into the state `h`; `w` is scratch for the 64-word schedule.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, into h: UnsafeMutableBufferPointer<UInt32>, k: UnsafeBufferPointer<UInt32>,
        w: UnsafeMutableBufferPointer<UInt32>
    ) {
        for t in 0..<16 { w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self)) }
        for t in 16..<64 {
            let w15 = w[t - 15], w2 = w[t - 2]
            let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
            let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        // Eight rounds per pass with the roles of the working variables rotated by hand, so none is copied.
        for t in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
            round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
            round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
            round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
            round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
            round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
            round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
            round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
        }
        h[0] &+= a
        h[1] &+= b
        h[2] &+= c
        h[3] &+= d
        h[4] &+= e
        h[5] &+= f
        h[6] &+= g
        h[7] &+= hh
    }

    /// One round of FIPS 180-4 §6.2.2 step 3: `d += T1`, `h = T1 + T2`; the other six words keep their value and
    /// the caller rotates the names. `kw` is K[t] + W[t]. Ch(e,f,g) = g ^ (e & (f ^ g)) and
    /// Maj(a,b,c) = (a & b) | (c & (a | b)) are the standard's functions in forms with fewer operations.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
        d = d &+ t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
