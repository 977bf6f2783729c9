import Foundation
import Testing

/// The Glibc/Darwin choice is made in one place: no source file outside Sources/Platform imports Glibc or
/// Darwin or asks `canImport(Glibc)`; they import Platform instead.
@Suite struct PlatformSeamTests {
    @Test func onlyThePlatformModuleChoosesBetweenGlibcAndDarwin() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.subpaths(atPath: sources.path)).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100)
        let seams = ["canImport(Glibc)", "canImport(Darwin)", "import Glibc", "import Darwin"]
        let offenders = try files.filter { !$0.hasPrefix("Platform/") }.filter { file in
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            return seams.contains { text.contains($0) }
        }
        #expect(offenders == [])
    }
}
