import Foundation

/// Rasterises SVG with librsvg's `rsvg-convert` (Debian's librsvg2-bin) at an explicit 72 dpi, so that one
/// SVG px is one PNG pixel, at the pixel size of the figure's PNG.
public struct SVGRasterizer: Sendable {
    /// The program to run.
    public var executable: String

    public init(executable: String = "/usr/bin/rsvg-convert") { self.executable = executable }

    /// The rasterised SVG document `svg` (named `name` in errors), `width` × `height` pixels.
    public func rasterize(svg: [UInt8], name: String, width: Int, height: Int) throws -> RGBAImage {
        let path = NSTemporaryDirectory() + "dlplot-rsvg-\(UUID().uuidString).svg"
        do { try Data(svg).write(to: URL(fileURLWithPath: path)) } catch {
            throw ImageComparisonError.unreadableFile(path: path, reason: "cannot write a temporary SVG")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { return try rasterize(svgPath: path, width: width, height: height) } catch let error as ImageComparisonError
        {
            throw ImageComparisonError.invalidPNG(name: name, reason: "\(error)")
        }
    }

    /// The rasterised SVG file at `svgPath`, `width` × `height` pixels.
    /// - Throws: `ImageComparisonError` naming the file if rsvg-convert is missing or fails.
    public func rasterize(svgPath: String, width: Int, height: Int) throws -> RGBAImage {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw ImageComparisonError.unreadableFile(
                path: executable, reason: "rsvg-convert is not installed (apt-get install librsvg2-bin)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--dpi-x", "72", "--dpi-y", "72", "--width", String(width), "--height", String(height),
            "--format", "png", svgPath,
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw ImageComparisonError.unreadableFile(
                path: executable, reason: "cannot run: \(error.localizedDescription)")
        }
        let png = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text =
                String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "no message"
            throw ImageComparisonError.invalidPNG(
                name: svgPath, reason: "rsvg-convert failed (status \(process.terminationStatus)): \(text)")
        }
        return try PNGCodec.decode([UInt8](png), name: "rasterisation of \(svgPath)")
    }
}
