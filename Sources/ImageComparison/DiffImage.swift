/// Builds the amplified diff image: the expected image as a faded greyscale, every differing pixel in a
/// vivid colour, and a pale halo around differences so that a single changed pixel is easy to find.
public enum DiffImage {
    /// The colour of a differing pixel.
    public static let changed = RGBAPixel(red: 255, green: 0, blue: 200)
    /// The colour of unchanged pixels near a change.
    public static let halo = RGBAPixel(red: 255, green: 230, blue: 120)
    /// How far (in pixels, Chebyshev distance) the halo reaches around a change.
    public static let haloRadius = 3

    /// The diff of two images. When sizes differ the diff covers both if that is no larger than the larger
    /// image (one holds the other), else it has the larger image's size (a 100000×1 and a 1×100000 image do
    /// not make a 10-gigapixel diff); pixels outside either image count as changed.
    public static func make(expected: RGBAImage, actual: RGBAImage) -> RGBAImage {
        let (width, height) = size(expected: expected, actual: actual)
        var changedMask = [Bool](repeating: false, count: width * height)
        for y in 0..<height {
            for x in 0..<width where expected[x, y] != actual[x, y] { changedMask[y * width + x] = true }
        }
        let nearMask = dilate(changedMask, width: width, height: height, radius: haloRadius)
        var out = RGBAImage(width: width, height: height, filledWith: .white)
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x
                if changedMask[i] {
                    out[x, y] = changed
                } else if nearMask[i] {
                    out[x, y] = halo
                } else {
                    out[x, y] = faded(expected[x, y] ?? .white)
                }
            }
        }
        return out
    }

    /// The diff's size: both images' extent when that is no larger than the larger image, else the larger's.
    static func size(expected: RGBAImage, actual: RGBAImage) -> (width: Int, height: Int) {
        let union = (width: max(expected.width, actual.width), height: max(expected.height, actual.height))
        let larger =
            expected.width * expected.height >= actual.width * actual.height
            ? (width: expected.width, height: expected.height) : (width: actual.width, height: actual.height)
        return union.width * union.height <= larger.width * larger.height ? union : larger
    }

    /// The pixel composited on white, as grey, three quarters of the way to white.
    static func faded(_ p: RGBAPixel) -> RGBAPixel {
        let a = Int(p.alpha)
        func onWhite(_ c: UInt8) -> Int { (Int(c) * a + 255 * (255 - a)) / 255 }
        let luma = (299 * onWhite(p.red) + 587 * onWhite(p.green) + 114 * onWhite(p.blue)) / 1000
        let grey = UInt8(255 - (255 - luma) / 4)
        return RGBAPixel(red: grey, green: grey, blue: grey)
    }

    /// Marks every cell within `radius` (Chebyshev) of a marked cell, separably: rows, then columns.
    static func dilate(_ mask: [Bool], width: Int, height: Int, radius: Int) -> [Bool] {
        var rows = [Bool](repeating: false, count: mask.count)
        for y in 0..<height {
            for x in 0..<width where mask[y * width + x] {
                for dx in max(0, x - radius)...min(width - 1, x + radius) { rows[y * width + dx] = true }
            }
        }
        var out = [Bool](repeating: false, count: mask.count)
        for y in 0..<height {
            for x in 0..<width where rows[y * width + x] {
                for dy in max(0, y - radius)...min(height - 1, y + radius) { out[dy * width + x] = true }
            }
        }
        return out
    }
}
