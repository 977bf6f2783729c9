import ImageComparison
import Plotting
import Testing

@testable import PlottingCairo

@Suite struct DocumentMetadataTests {
    func figure(title: Label?, caption: String? = nil) -> Figure {
        var figure = Figure(Axes(marks: [LineMark(x: [0, 1], y: [0, 1])]), width: 2, height: 1.5, title: title)
        figure.caption = caption
        return figure
    }

    func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The chunks of a PNG after its signature: type, data and CRC bytes.
    func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8], crc: [UInt8])] {
        var out: [(type: String, data: [UInt8], crc: [UInt8])] = []
        var i = 8
        while i + 12 <= png.count {
            let length = png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
            out.append((type, Array(png[(i + 8)..<(i + 8 + length)]), Array(png[(i + 8 + length)..<(i + 12 + length)])))
            i += 12 + length
        }
        return out
    }

    @Test func svgHasTitleAndDescriptionAsItsFirstChildren() throws {
        let svg = try figure(title: .markup("Loss & <accuracy> of x_0"), caption: "Two lines, \"both\" rising.")
            .render(as: .svg)
        let text = String(decoding: svg, as: UTF8.self)
        let root = try #require(text.range(of: "<svg"))
        let afterRoot = text[root.upperBound...].drop { $0 != ">" }.dropFirst()
        #expect(
            afterRoot.hasPrefix(
                "\n<title>Loss &amp; &lt;accuracy&gt; of x0</title>\n<desc>Two lines, &quot;both&quot; rising.</desc>"))
        #expect(try figure(title: nil).render(as: .svg).count < svg.count)
        #expect(!contains(try figure(title: nil).render(as: .svg), "<title>"))
    }

    @Test func pdfHasTitleAndSubject() throws {
        let pdf = try figure(title: "Loss curve", caption: "A line.").render(as: .pdf)
        #expect(contains(pdf, "/Title (Loss curve)"))
        #expect(contains(pdf, "/Subject (A line.)"))
        #expect(!contains(try figure(title: nil).render(as: .pdf), "/Title"))
    }

    @Test func pngHasTextChunksBeforeTheImageData() throws {
        let latin = try figure(title: "Loss curve").render(as: .png)
        let latinChunks = chunks(latin)
        #expect(latinChunks.map(\.type).prefix(3) == ["IHDR", "pHYs", "tEXt"])
        #expect(latinChunks[2].data == Array("Title\u{0}Loss curve".utf8))
        // The CRC as zlib computes it (Python: zlib.crc32(b"tEXtTitle\x00Loss curve")).
        #expect(latinChunks[2].crc == [0xF8, 0xF0, 0xE9, 0x38])
        // Text outside Latin-1 goes into iTXt as UTF-8 (zlib.crc32(b"iTXtTitle\x00\x00\x00\x00\x00" + "학습" in UTF-8)).
        let hangul = try figure(title: "학습", caption: "a\u{0}b").render(as: .png)
        let hangulChunks = chunks(hangul)
        #expect(hangulChunks[2].type == "iTXt")
        #expect(hangulChunks[2].data == Array("Title".utf8) + [0, 0, 0, 0, 0] + Array("학습".utf8))
        #expect(hangulChunks[2].crc == [0xAD, 0x38, 0xB5, 0xF4])
        #expect(hangulChunks[3].type == "tEXt" && hangulChunks[3].data == Array("Description\u{0}a b".utf8))
        // libpng reads past them.
        let decoded = try PNGCodec.decode(latin, name: "titled")
        #expect(decoded.width == 200 && decoded.height == 150)
        #expect(!chunks(try figure(title: nil).render(as: .png)).contains { $0.type == "tEXt" || $0.type == "iTXt" })
    }

    @Test func metadataIsDeterministic() throws {
        for format in OutputFormat.allCases {
            let titled = figure(title: "Loss curve", caption: "A line.")
            #expect(try titled.render(as: format) == titled.render(as: format))
        }
    }
}
