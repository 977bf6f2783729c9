import Foundation
import PlottingCairo

@testable import PlottingAnimation

/// Frames and headers made up for the encoder tests: a white frame with a coloured square that moves one step
/// to the right per frame (every frame different), and a scratch folder for files and fake programs.
enum TestAnimations {
    /// A header for `durations.count` frames of `width` × `height`.
    static func header(width: Int, height: Int, durations: [Double], loopCount: Int = 0) -> AnimationHeader {
        AnimationHeader(
            width: width, height: height, durations: durations, loopCount: loopCount, frameLabels: nil, title: nil,
            dpi: 100)
    }

    /// Frame `index`: white, a 10 × 10 square of a colour that changes with the index, at x = 3 + 4·index.
    static func frame(_ index: Int, width: Int, height: Int) -> RasterImage {
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        let colour: [UInt8] = [UInt8(31 &* index % 256), 119, UInt8(180 &+ index % 70)]
        for y in 2..<min(height, 12) {
            for x in (3 + 4 * index)..<min(width, 13 + 4 * index) {
                let offset = (y * width + x) * 4
                rgba[offset..<offset + 3] = colour[...]
            }
        }
        return RasterImage(width: width, height: height, rgba: rgba)
    }

    /// Encodes `header.durations.count` frames with `encoder` and returns the file.
    static func encode(_ encoder: inout some AnimationEncoder, header: AnimationHeader) throws -> [UInt8] {
        for index in header.durations.indices {
            try encoder.add(frame(index, width: header.width, height: header.height), index: index)
        }
        return try encoder.finish()
    }

    /// A fresh, empty folder under the system's temporary folder; remove it with `removeFolder`.
    static func makeFolder(_ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dlplot-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes a shell script `name` into `folder` with mode 0755 (or `mode`). A child shell writes it, so this
    /// process never holds it open for writing: a program started meanwhile by another test would inherit that
    /// descriptor and make running the script fail with ETXTBSY ("Text file busy").
    static func writeScript(_ body: String, named name: String, in folder: String, mode: Int = 0o755) throws {
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = [
            "-c", "printf '#!/bin/sh\\n%s\\n' \"$1\" > \"$2\" && chmod \"$3\" \"$2\"", "sh", body, "\(folder)/\(name)",
            String(mode, radix: 8),
        ]
        try writer.run()
        writer.waitUntilExit()
        guard writer.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
