import Core
import Foundation
import Testing

@testable import ImageComparison

@Suite struct EnvironmentTests {
    @Test func driftNamesEveryChangedLibraryAndFont() {
        let recorded = EnvironmentFingerprint(
            libraries: ["cairo": "1.16.0", "pango": "1.50.12"], fonts: ["/f.ttf": "aa"])
        #expect(recorded.drift(from: recorded).isEmpty)
        let now = EnvironmentFingerprint(
            libraries: ["cairo": "1.18.0", "pango": "1.50.12"], fonts: ["/f.ttf": "bb", "/g.ttf": "cc"])
        #expect(
            now.drift(from: recorded) == [
                "library cairo: recorded 1.16.0, now 1.18.0", "font /f.ttf: recorded aa, now bb",
                "font /g.ttf: recorded absent, now cc",
            ])
    }

    @Test func fingerprintHashesFontFilesAndMarksMissingOnes() throws {
        let path = NSTemporaryDirectory() + "font-\(UUID().uuidString).ttf"
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let f = EnvironmentFingerprint.current(libraries: [:], fontPaths: [path, "/nonexistent.ttf"])
        #expect(f.fonts[path] == SHA256.hex(Array("abc".utf8)) && f.fonts["/nonexistent.ttf"] == "missing")
        let back = try JSONDecoder().decode(EnvironmentFingerprint.self, from: try f.jsonData())
        #expect(back == f)
    }

    @Test func tolerancesNeedAReasonAndAValidFuzz() throws {
        let dir = NSTemporaryDirectory() + "tol-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try GoldenTolerances.read(from: dir + "/absent.json").files.isEmpty)
        let cases = [
            #"{"files": {"a.png": {"fuzz": "0-1;0-5", "reason": " "}}}"#,
            #"{"files": {"a.png": {"fuzz": "0-1", "reason": "aa"}}}"#, "not json",
        ]
        for text in cases {
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/t.json"))
            #expect(throws: ImageComparisonError.self) { try GoldenTolerances.read(from: dir + "/t.json") }
        }
        try Data(#"{"svgRaster": {"fuzz": "0-9;0-99;0-30", "reason": "antialiasing"}}"#.utf8).write(
            to: URL(fileURLWithPath: dir + "/t.json"))
        #expect(try GoldenTolerances.read(from: dir + "/t.json").svgRaster?.tolerance.tilePixelCap == 30)
    }
}

@Suite("Upstream versions")
struct UpstreamVersionTests {
    @Test(arguments: [
        ("2.12.1+dfsg-5+deb12u4", "2.12.1"), ("2.12.1+dfsg-5+deb12u5", "2.12.1"), ("1.6.39-2+deb12u6", "1.6.39"),
        ("1.50.12+ds-1", "1.50.12"), ("1.16.0-7", "1.16.0"), ("0.42.2-1", "0.42.2"), ("1:2.3.4-1", "2.3.4"),
        ("6.0.0+dfsg-3", "6.0.0"), ("2.14.1-4", "2.14.1"), ("1.18.0", "1.18.0"), ("3.0~rc1-2", "3.0~rc1"),
    ])
    func debianRevisionsAndRepacksAreDropped(version: (String, String)) {
        #expect(UpstreamVersion.of(version.0) == version.1)
    }

    @Test func aStableUpdateIsNoDriftButANewUpstreamIs() {
        let recorded = EnvironmentFingerprint(
            libraries: ["freetype": UpstreamVersion.of("2.12.1+dfsg-5+deb12u4")], fonts: [:])
        let patched = EnvironmentFingerprint(
            libraries: ["freetype": UpstreamVersion.of("2.12.1+dfsg-5+deb12u5")], fonts: [:])
        let upgraded = EnvironmentFingerprint(libraries: ["freetype": UpstreamVersion.of("2.13.2+dfsg-1")], fonts: [:])
        #expect(patched.drift(from: recorded).isEmpty)
        #expect(upgraded.drift(from: recorded) == ["library freetype: recorded 2.12.1, now 2.13.2"])
    }
}
