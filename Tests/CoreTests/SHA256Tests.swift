import Testing

@testable import Core

@Suite("SHA-256")
struct SHA256Tests {
    /// Both implementations: the Swift code, and libcrypto's when it is installed (otherwise the Swift code twice).
    static let implementations: [SHA256.Implementation] = [.swift, .libCrypto]

    private static func hex(_ bytes: [UInt8], _ implementation: SHA256.Implementation) -> String {
        bytes.withUnsafeBytes { SHA256.hex(bytes: $0, using: implementation) }
    }

    /// Bytes (31 i + 7) mod 256, i = 0..<count.
    private static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(($0 * 31 + 7) % 256) } }

    @Test("the NIST vectors: empty, \"abc\", 448 and 896 bits, a million a's", arguments: implementations)
    func standardVectors(implementation: SHA256.Implementation) {
        #expect(Self.hex([], implementation) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            Self.hex(Array("abc".utf8), implementation)
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let bits448 = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(Self.hex(bits448, implementation) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let bits896 = Array(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
                .utf8)
        #expect(Self.hex(bits896, implementation) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(
            Self.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), implementation)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Digests from `sha256sum` of `pattern(n)`: lengths on both sides of the points where the padding needs a
    /// second block (56) and where whole blocks start (64, 128).
    @Test(
        "multi-block inputs around the padding boundaries",
        arguments: [
            (55, "8aa994584139d128848eeebc4e815639ba5ab6e6e39574195a63ac4f14f7c43b"),
            (56, "ad574708f75c044c9b85de64cb568ee7711ff4f36448c6242f053ba8f6cc2b63"),
            (63, "280ed3e8ff1df845b2e7dfe6ac6cee817bef20e783cc65abc41b818b4d2fe076"),
            (64, "c6ab9724ade5b6a7a1edfffb12f3aa9181351355af8fd08c919952ad211339dd"),
            (65, "788367c73c7ddf4c53f65e68cc0d943e6227ab55b0e78ba63ace822b1c6301c0"),
            (119, "3d610547d68216dedf7435a4fb6260353911f6b3fd3f18805ddb8be285d726fe"),
            (120, "1f80156a804cb7862ad113e8200e9d74499723e7c7854d5f48776d3148e09656"),
            (127, "192409cd280e14b743642ad1343fbd3e82d9305de72c078117745a679210cc3d"),
            (128, "cc548ca2dec1f6fe4f58b2e27aa9c7521607df1130d140b55a4dad0665302356"),
            (1000, "5097e7d587352f5097062ae679f37bda5802d9f875aba14c8cb4d1a188ada179"),
        ])
    func multiBlock(length: Int, expected: String) {
        let bytes = Self.pattern(length)
        #expect(SHA256.hex(bytes) == expected)
        for implementation in Self.implementations { #expect(Self.hex(bytes, implementation) == expected) }
    }

    @Test("an input past the libcrypto threshold gets the same digest from both implementations")
    func largeInput() {
        let bytes = Self.pattern(SHA256.libCryptoThreshold + 3)
        let expected = "c72987322d4023063f8cff2d2a4460779b49cf1143a13b374bc734725aa95f0f"
        #expect(SHA256.hex(bytes) == expected)
        for implementation in Self.implementations { #expect(Self.hex(bytes, implementation) == expected) }
    }

    @Test("a buffer that is a slice of a larger one is hashed from its own start")
    func unalignedSlice() {
        // One byte in front of the 1,000 bytes of the last case above, so the hashed part starts unaligned.
        let bytes: [UInt8] = [0] + Self.pattern(1000)
        let digest = bytes.withUnsafeBytes { SHA256.hex(bytes: UnsafeRawBufferPointer(rebasing: $0[1...])) }
        #expect(digest == "5097e7d587352f5097062ae679f37bda5802d9f875aba14c8cb4d1a188ada179")
    }

    @Test("libcrypto is found where Debian's libssl3 is installed", .enabled(if: LibCryptoSHA256.shared != nil))
    func libCryptoLoads() throws {
        let library = try #require(LibCryptoSHA256.shared)
        let digest = Array("abc".utf8).withUnsafeBytes { library.digest($0) }
        #expect(digest.count == 32 && digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    }
}
