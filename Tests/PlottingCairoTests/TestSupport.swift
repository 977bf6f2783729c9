import Foundation
import Plotting

@testable import PlottingCairo

/// A white raster canvas of `width` × `height` inches at `dpi`.
func whiteRaster(width: Double = 1, height: Double = 1, dpi: Double = 100) throws -> CairoCanvas {
    let canvas = try CairoCanvas(format: .png, width: width, height: height, dpi: dpi)
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)), color: .white)
    return canvas
}

/// The bounding box (pixels) of everything darker than mid-grey; nil if nothing is.
struct InkBox: Equatable {
    var minX: Int, minY: Int, maxX: Int, maxY: Int
    var centerX: Double { Double(minX + maxX) / 2 }
    var centerY: Double { Double(minY + maxY) / 2 }
    var width: Int { maxX - minX + 1 }
    var height: Int { maxY - minY + 1 }
}

func inkBox(_ image: RasterImage, threshold: UInt8 = 128) -> InkBox? {
    var box: InkBox?
    for y in 0..<image.height {
        for x in 0..<image.width {
            guard let p = image.pixel(x: x, y: y), p.r < threshold || p.g < threshold || p.b < threshold else {
                continue
            }
            if var b = box {
                b.minX = min(b.minX, x)
                b.maxX = max(b.maxX, x)
                b.minY = min(b.minY, y)
                b.maxY = max(b.maxY, y)
                box = b
            } else {
                box = InkBox(minX: x, minY: y, maxX: x, maxY: y)
            }
        }
    }
    return box
}

/// Number of pixels darker than mid-grey.
func inkCount(_ image: RasterImage) -> Int {
    var n = 0
    for i in stride(from: 0, to: image.rgba.count, by: 4) where image.rgba[i] < 128 { n += 1 }
    return n
}

/// Whether a command-line tool is on PATH.
func toolExists(_ name: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
}

/// Runs a tool; returns its exit status (127 if it could not start).
@discardableResult
func run(_ tool: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return 127 }
    process.waitUntilExit()
    return process.terminationStatus
}

/// A fresh, empty temporary folder.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "dlplot-cairo-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The chunk types of a PNG, in order.
func pngChunks(_ png: [UInt8]) -> [(type: String, data: [UInt8])] {
    var chunks: [(String, [UInt8])] = []
    var i = 8
    while i + 8 <= png.count {
        let length = Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3])
        let type = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
        guard i + 12 + length <= png.count else { break }
        chunks.append((type, Array(png[(i + 8)..<(i + 8 + length)])))
        i += 12 + length
    }
    return chunks
}
