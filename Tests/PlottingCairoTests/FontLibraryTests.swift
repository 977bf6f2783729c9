import FileOutput
import Foundation
import Plotting
import Testing

@testable import PlottingCairo

@Suite struct FontLibraryTests {
    @Test func pinnedFontsArePresentHere() {
        #expect(PinnedFonts.firstMissing(in: PinnedFonts.files) == nil)
        #expect(FontLibrary.shared.setupError == nil)
    }

    @Test func aMissingFontFileIsNamedWithItsPackage() {
        let missing = PinnedFonts.File(path: "/nonexistent/DejaVuSans.ttf", package: "fonts-dejavu-core")
        let library = FontLibrary(files: PinnedFonts.files + [missing])
        #expect(library.setupError == .missingFont(path: missing.path, package: "fonts-dejavu-core"))
        #expect(
            library.setupError?.description
                == "font file /nonexistent/DejaVuSans.ttf is missing; install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core)"
        )
        #expect(throws: RenderError.self) { try library.withText(for: Font()) { _ in 1 } }
    }

    @Test func aFileThatIsNotAFontIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Array("not a font".utf8), to: folder + "/fake.ttf")
        let library = FontLibrary(files: [PinnedFonts.File(path: folder + "/fake.ttf", package: "fonts-fake")])
        #expect(library.setupError?.description.contains("fake.ttf") == true)
    }
}
